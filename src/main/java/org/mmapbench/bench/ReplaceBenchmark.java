package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The replace workload: replaces every {@code " the "} with {@code " eht "} in a fresh copy of the
 * corpus ({@link FreshCopyState}). Regular strategies read, replace, write a temporary file and
 * move it into place; mapped ones change the file in place through a {@code READ_WRITE} mapping and
 * {@code force()} it.
 */
public class ReplaceBenchmark extends BenchmarkBase {

    /** Every byte strategy, replacing with the shared kernel. */
    @Benchmark
    public long fair(CellState.Bytes cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** The regular text strategies, with {@code String.replace}. */
    @Benchmark
    public long idiomatic(CellState.RegularText cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Every streaming strategy: window by window into a temporary sibling, forced and moved into place. */
    @Benchmark
    public long windowed(CellState.Streaming cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** The article's two functions: text replace via a temporary file copied back, or bytes written back through the mapping; no sync. */
    @Benchmark
    public long literal(CellState.Literal cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }
}
