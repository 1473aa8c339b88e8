package org.mmapbench.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * Cross-checks the cells a plan would measure against the reference before any measurement.
 */
@FunctionalInterface
public interface CellChecker {

    /**
     * Verifies every (workload, variant, strategy) cell of {@code plan} on the resolved corpora.
     *
     * @throws RunFailedException naming the first wrong cell when any cell disagrees with the reference
     */
    void check(RunPlan plan, Map<String, Path> corpora);
}
