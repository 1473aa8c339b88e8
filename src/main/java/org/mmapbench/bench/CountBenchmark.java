package org.mmapbench.bench;

/**
 * The count workload: counts every {@code " the "} in the corpus, a whole-file scan that separates
 * "finds early" from "scans fast".
 */
public class CountBenchmark extends CachedBenchmark {
}
