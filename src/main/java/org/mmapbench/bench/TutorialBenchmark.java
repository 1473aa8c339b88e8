package org.mmapbench.bench;

import java.io.IOException;
import org.mmapbench.workload.Variant;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A read-only workload that is one of the Python article's comparisons (read, find, seekFind): the
 * variants of {@link CachedBenchmark} and {@link Variant#LITERAL}, the article's own code translated
 * line by line.
 */
public abstract class TutorialBenchmark extends CachedBenchmark {
    @Benchmark public long literal(CellState.Literal cell, CacheState cache) throws IOException { return cell.run(); }
}
