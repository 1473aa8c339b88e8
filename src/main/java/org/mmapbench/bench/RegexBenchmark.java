package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The regex workload: counts the matches of {@code \b[a-zA-Z]{5}\b} with {@code Pattern}, over a
 * zero-copy Latin-1 view (fair) or a decoded {@code String} (idiomatic). It runs warm only
 * ({@link WarmState}): it has no cache parameter.
 */
public class RegexBenchmark extends BenchmarkBase {

    /** Every byte strategy, {@code Pattern} over zero-copy Latin-1 windows of its bytes. */
    @Benchmark
    public long fair(CellState.Bytes cell, WarmState warm) throws IOException {
        return cell.run();
    }

    /** Every text strategy, {@code Pattern} over the decoded {@code String}. */
    @Benchmark
    public long idiomatic(CellState.Text cell, WarmState warm) throws IOException {
        return cell.run();
    }

    /** Every streaming strategy, {@code Pattern} over each window of one reused buffer, cut after a non-word byte. */
    @Benchmark
    public long windowed(CellState.Streaming cell, WarmState warm) throws IOException {
        return cell.run();
    }

    /** The article's code: {@code findall} over {@code Files.readString}, or over a Latin-1 view of the mapping. */
    @Benchmark
    public long literal(CellState.Literal cell, WarmState warm) throws IOException {
        return cell.run();
    }
}
