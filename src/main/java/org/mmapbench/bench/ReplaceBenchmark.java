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
 */
public class ReplaceBenchmark extends BenchmarkBase {
    @Benchmark public long fair(CellState.Bytes cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long idiomatic(CellState.RegularText cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long windowed(CellState.Streaming cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long literal(CellState.Literal cell, FreshCopyState copy) throws IOException { return cell.run(copy.file()); }
}
