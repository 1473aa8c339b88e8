package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The patch workload: overwrites bytes 10..15 of a copy of the corpus ({@link CopyState}) with
 * {@code "python"} without rewriting the file: a positional write for regular strategies, a store
 * through a {@code READ_WRITE} mapping for mapped ones. {@code fair} syncs nothing.
 *
 * <p>The durability 2 x 2 is one method, {@code durability}, over every write method (mapped,
 * positional, temp + move, copy back) with a {@code durability} parameter, {@code none} or
 * {@code synced} ({@link CellState.Durable}). {@code fair} does not take the parameter: it never syncs,
 * and its cells equal the {@code durability} cells with {@code none} of the same strategies (its
 * {@code channelHeap} cell has no counterpart there); a parameter of {@code fair} would measure those
 * cells twice. Results from before the parameter (methods {@code unsynced} and {@code synced}) are read
 * as {@code durability} with {@code none} and {@code synced} ({@code results.LegacyResults}),
 * the same cells under their new keys. {@code copyOnWrite} writes through a {@code PRIVATE} mapping: the
 * copy never changes. One line per variant, as in {@link CachedBenchmark}.
 */
public class PatchBenchmark extends BenchmarkBase {
    @Benchmark public long fair(CellState.Writers cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long durability(CellState.Durable cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long copyOnWrite(CellState.CopyOnWrite cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
}
