package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The regex workload: counts the matches of {@code \b[a-zA-Z]{5}\b} with {@code Pattern}, over a
 * zero-copy Latin-1 view (fair), a decoded {@code String} (idiomatic), each window of one reused
 * buffer cut after a non-word byte (windowed), or the article's {@code findall} (literal). It runs
 * in the canonical warm cache only ({@link WarmState}): it has no cache parameter. One line per
 * variant, as in {@link CachedBenchmark}.
 */
public class RegexBenchmark extends BenchmarkBase {
    @Benchmark public long fair(CellState.Bytes cell, WarmState warm) throws IOException { return cell.run(); }
    @Benchmark public long idiomatic(CellState.Text cell, WarmState warm) throws IOException { return cell.run(); }
    @Benchmark public long windowed(CellState.Streaming cell, WarmState warm) throws IOException { return cell.run(); }
    @Benchmark public long literal(CellState.Literal cell, WarmState warm) throws IOException { return cell.run(); }
}
