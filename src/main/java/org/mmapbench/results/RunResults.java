package org.mmapbench.results;

import java.nio.file.Path;
import java.util.List;

/**
 * All benchmarks of one JMH run, with where the run happened: the model every report and the gate read.
 *
 * @param runId the run's id (the name of its {@code results/<run-id>/} folder, or the JSON file's name)
 * @param source the JMH JSON file it was read from
 * @param environment where it ran
 * @param results the benchmarks, in the order of the JSON
 */
public record RunResults(String runId, Path source, EnvironmentInfo environment, List<BenchmarkResult> results) {

    /** Copies the list. */
    public RunResults {
        results = List.copyOf(results);
    }
}
