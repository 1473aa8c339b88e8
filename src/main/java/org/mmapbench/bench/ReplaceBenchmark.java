package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The replace workload: replaces every {@code " the "} with {@code " eht "} in a fresh copy of the
 * corpus ({@link FreshCopyState}). Regular strategies read, replace, write a temporary file and
 * move it into place (windowed ones window by window); mapped ones change the file in place through
 * a {@code READ_WRITE} mapping and {@code force()} it. The idiomatic variant takes the regular text
 * strategies only; the literal one is the article's two functions, without a sync. One line per
 * variant, as in {@link CachedBenchmark}.
 *
 * <p>The durability 2 x 2 is one method, {@code durability}, over every write method (mapped in place,
 * positional write back, temp + move, copy back) with a {@code durability} parameter, {@code none} or
 * {@code synced} ({@link CellState.Durable}). {@code fair} does not take the parameter: its regular
 * cells read through one strategy and then write, so their write method is temp + move whatever the
 * strategy, and they always sync (the temporary file, not its folder); a parameter of {@code fair}
 * would double every replace cell of every profile, {@code quick} included, for write methods the
 * {@code durability} method already measures. Results from before the parameter (methods
 * {@code unsynced} and {@code synced}) are read as {@code durability} with {@code none} and
 * {@code synced} ({@code results.LegacyResults}), the same cells under their new keys.
 * {@code fair}'s mapped cells equal the {@code synced} mapped cells; its regular cells are temp + move
 * synced except for the folder's {@code fsync}, which {@code synced tempMove} adds. {@code copyOnWrite}
 * replaces through a {@code PRIVATE} mapping: the copy never changes.
 */
public class ReplaceBenchmark extends BenchmarkBase {
    @Benchmark public long fair(CellState.Bytes cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long idiomatic(CellState.RegularText cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long windowed(CellState.Streaming cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long literal(CellState.Literal cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long durability(CellState.Durable cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long copyOnWrite(CellState.CopyOnWrite cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
}
