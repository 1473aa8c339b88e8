package org.mmapbench.bench;

import java.io.IOException;
import org.mmapbench.workload.Variant;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A read-only workload measured in a warm (filled by reads or through a mapping) or cold page cache
 * ({@link CacheState}). JMH generates the inherited methods for each concrete subclass, under the
 * subclass's name ({@code org.mmapbench.bench.ReadBenchmark.fair}).
 *
 * <p>The methods form a table, one line per {@link Variant}: the cell state names the strategies the
 * variant takes, the second argument the input the cell runs on. JMH needs one method per variant;
 * each only runs its cell (the answer is returned, so JMH sinks it).
 */
public abstract class CachedBenchmark extends BenchmarkBase {
    @Benchmark public long fair(CellState.Bytes cell, CacheState cache) throws IOException { return cell.run(); }
    @Benchmark public long idiomatic(CellState.Text cell, CacheState cache) throws IOException { return cell.run(); }
    @Benchmark public long windowed(CellState.Streaming cell, CacheState cache) throws IOException { return cell.run(); }
}
