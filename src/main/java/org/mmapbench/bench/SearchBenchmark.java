package org.mmapbench.bench;

import java.io.IOException;
import org.mmapbench.workload.Variant;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A read-only workload that can stop at its first match: the variants of {@link CachedBenchmark}
 * and a windowed one, which separates reading less of the file from mapping it.
 */
public abstract class SearchBenchmark extends CachedBenchmark {

    /** {@link Variant#WINDOWED}: regular streaming reads into one bounded buffer, stopping at the first match. */
    @Benchmark
    public long windowed(CellState.Streaming cell, CacheState cache) throws IOException {
        return cell.run();
    }
}
