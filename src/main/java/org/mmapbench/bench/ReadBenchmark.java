package org.mmapbench.bench;

/** The read workload: reads the whole corpus and returns a checksum of every byte, so nothing can be skipped. */
public class ReadBenchmark extends TutorialBenchmark {
}
