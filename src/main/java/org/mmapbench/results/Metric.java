package org.mmapbench.results;

import java.util.List;

/**
 * One measured quantity of a benchmark: the primary score or a secondary metric such as
 * {@code gc.alloc.rate.norm}.
 *
 * @param name the metric name ({@code "primary"} for the primary metric, else JMH's label)
 * @param unit JMH's unit, e.g. {@code ms/op}, {@code ops/s}, {@code B/op}
 * @param score JMH's score (NaN when JMH wrote "NaN")
 * @param scoreError JMH's 99.9% half-width (NaN when absent)
 * @param forks per-fork samples; empty when the run had raw data switched off
 */
public record Metric(String name, String unit, double score, double scoreError, List<ForkSamples> forks) {

    /** The primary metric's name. */
    public static final String PRIMARY = "primary";

    /** Copies the fork list. */
    public Metric {
        forks = List.copyOf(forks);
    }

    /** Whether per-fork raw data is present (if not, only score and error are known: lower confidence). */
    public boolean hasRawData() {
        return !forks.isEmpty();
    }

    /** The median of every fork's median, in fork order. */
    public double[] forkMedians() {
        return forks.stream().mapToDouble(ForkSamples::median).toArray();
    }

    /** Whether a larger value of this metric is better, given the benchmark mode. */
    public boolean higherIsBetter(BenchMode mode) {
        if (!PRIMARY.equals(name)) {
            // Secondary metrics: rates of useful work are rare; allocation and time are costs.
            return unit != null && unit.endsWith("/s") && !name.startsWith("gc.");
        }
        return mode.higherIsBetter();
    }
}
