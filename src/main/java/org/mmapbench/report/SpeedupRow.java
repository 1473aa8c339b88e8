package org.mmapbench.report;

import org.mmapbench.results.BenchMode;
import org.mmapbench.stats.Interval;

/**
 * One line of {@code speedup.csv}: a mapped strategy against its regular reference for one workload,
 * corpus, variant, mode and cache state of one run.
 *
 * @param runId the run
 * @param environment the run's environment label
 * @param workload e.g. {@code find}
 * @param variant the benchmark method, e.g. {@code fair}
 * @param mode the JMH mode
 * @param corpus the corpus id (empty when the benchmark has none)
 * @param corpusBytes the corpus size, -1 when unknown
 * @param cache the cache state ({@code warm}, {@code warm-mapped} or {@code cold}; empty when not a parameter)
 * @param otherParams remaining parameters as {@code k=v;k=v} (empty when none)
 * @param regularStrategy the regular reference strategy
 * @param mappedStrategy the mapped strategy
 * @param unit the primary metric's unit
 * @param regularCentral the regular side's central value (median of fork medians, or score)
 * @param mappedCentral the mapped side's central value
 * @param ratio speedup of mapped over regular (&gt; 1: mapped faster)
 * @param ci 95% bootstrap interval of the ratio over forks
 * @param method {@code bootstrap-forks}, or {@code scores-only} when a side lacks raw data or forks
 */
public record SpeedupRow(String runId, String environment, String workload, String variant, BenchMode mode,
        String corpus, long corpusBytes, String cache, String otherParams, String regularStrategy,
        String mappedStrategy, String unit, double regularCentral, double mappedCentral, double ratio,
        Interval ci, String method) {

    /** What the interval says: {@code mapped faster}, {@code mapped slower} or {@code inconclusive}. */
    public String verdict() {
        if (!ci.known()) {
            return "no interval";
        }
        if (ci.low() > 1) {
            return "mapped faster";
        }
        if (ci.high() < 1) {
            return "mapped slower";
        }
        return "inconclusive";
    }

    /**
     * The variant for people, with the parameters other than corpus, strategy and cache that tell its
     * rows apart: {@code fair}, {@code durability (durability=synced)}, {@code windowed (bufferSize=16384)}.
     */
    public String variantLabel() {
        return otherParams.isEmpty() ? variant : variant + " (" + otherParams + ")";
    }
}
