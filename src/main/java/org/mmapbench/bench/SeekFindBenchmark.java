package org.mmapbench.bench;

/** The seekFind workload: seeks to offset 10000, then finds the first {@code " the "}. */
public class SeekFindBenchmark extends TutorialBenchmark {
}
