package org.mmapbench.bench;

import java.io.IOException;
import org.mmapbench.workload.Variant;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A read-only workload measured in a warm or cold page cache ({@link CacheState}), as a fair and an
 * idiomatic variant. JMH generates the inherited methods for each concrete subclass, under the
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
}
