package org.mmapbench.bench;

/**
 * The find workload: the offset of the first {@code " the "}; a mapping touches only the first
 * pages, a whole-file read copies everything first.
 */
public class FindBenchmark extends TutorialBenchmark {
}
