package org.mmapbench.bench;

import java.io.IOException;
import org.mmapbench.workload.Variant;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A read-only workload measured in a warm (filled by reads or through a mapping) or cold page cache
 * ({@link CacheState}), as a fair, an idiomatic and a windowed
 * variant. JMH generates the inherited methods for each concrete subclass, under the
 * subclass's name ({@code org.mmapbench.bench.ReadBenchmark.fair}).
 */
public abstract class CachedBenchmark extends BenchmarkBase {

    /** {@link Variant#FAIR}: the shared kernel over a {@code MemorySegment}, so the difference is I/O alone. */
    @Benchmark
    public long fair(CellState.Bytes cell, CacheState cache) throws IOException {
        return cell.run();
    }

    /** {@link Variant#IDIOMATIC}: a {@code String} first, then {@code String} methods, as the tutorial's code does. */
    @Benchmark
    public long idiomatic(CellState.Text cell, CacheState cache) throws IOException {
        return cell.run();
    }

    /**
     * {@link Variant#WINDOWED}: the strongest regular contender, streaming through one window reused by
     * every operation of the trial (find and seekFind stop at the first match).
     */
    @Benchmark
    public long windowed(CellState.Streaming cell, CacheState cache) throws IOException {
        return cell.run();
    }
}
