package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The patch workload: overwrites bytes 10..15 of a copy of the corpus ({@link CopyState}) with
 * {@code "python"} without rewriting the file: a positional write for regular strategies, a store
 * through a {@code READ_WRITE} mapping plus {@code force()} for mapped ones.
 */
public class PatchBenchmark extends BenchmarkBase {
    @Benchmark public long fair(CellState.Writers cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
}
