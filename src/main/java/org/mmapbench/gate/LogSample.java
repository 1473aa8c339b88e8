package org.mmapbench.gate;

import org.mmapbench.results.Metric;
import org.mmapbench.stats.Sample;

/**
 * The per-fork medians of one metric on a natural-log scale: the sample the gate tests.
 *
 * <p>The fork (one JVM) is the sample unit. Iterations inside one JVM share its JIT decisions, heap
 * layout and code alignment, so they are not independent; pooling them (as JMH's {@code scoreError}
 * does) understates the noise between runs. Each fork is reduced to the median of its iterations,
 * which also shrugs off an odd iteration (a GC, a page-cache hiccup), and the gate works with the
 * logarithms of those medians, because timings are multiplicative: a change is a ratio.
 *
 * @param logs {@code ln} of each fork's median, in fork order
 */
public record LogSample(Sample logs) {

    /**
     * Fewest forks per side the gate tests. With 2 forks a side Welch's variance has one degree of
     * freedom per side and a bootstrap over forks has only 3 distinct resamples per side, so any
     * verdict would rest on noise about noise; from 3 on the test can in principle reach any level,
     * and 5 or more are recommended (see the README's calibration figures).
     */
    public static final int MIN_FORKS = 3;

    /**
     * Allocation per operation below this many bytes counts as this many bytes: {@code gc.alloc.rate.norm}
     * is often a few hundredths of a byte, or exactly 0, and a ratio of two such crumbs means nothing.
     */
    public static final double ALLOC_FLOOR_BYTES = 1.0;

    /** A sample of the given logs. */
    public LogSample(double... logs) {
        this(new Sample(logs));
    }

    /**
     * A sample extracted from a metric, or the reason none could be.
     *
     * @param sample the sample, null when {@code problem} is set
     * @param problem why the metric cannot be tested (no raw data, too few forks, NaN, non-positive), else null
     */
    public record Extraction(LogSample sample, String problem) {
    }

    /** Extracts the log per-fork medians of {@code metric}, or says why it cannot. */
    public static Extraction extract(Metric metric) {
        if (!metric.hasRawData()) {
            return new Extraction(null, "no per-fork raw data (run without -Djmh.json.rawData=false)");
        }
        double[] medians = metric.forkMedians();
        boolean alloc = isAllocation(metric);
        double[] logs = new double[medians.length];
        for (int i = 0; i < medians.length; i++) {
            double v = medians[i];
            if (!Double.isFinite(v)) {
                return new Extraction(null, "fork " + (i + 1) + " has no finite value (" + v + ")");
            }
            if (alloc) {
                v = Math.max(v, ALLOC_FLOOR_BYTES);
            } else if (v <= 0) {
                return new Extraction(null, "fork " + (i + 1) + " has a non-positive value (" + v + "): no ratio possible");
            }
            logs[i] = Math.log(v);
        }
        if (logs.length < MIN_FORKS) {
            return new Extraction(null, logs.length + " fork(s); the gate needs at least " + MIN_FORKS + " per side, 5 or more recommended");
        }
        return new Extraction(new LogSample(logs), null);
    }

    /** Whether the metric is an allocation count, to which {@link #ALLOC_FLOOR_BYTES} applies. */
    static boolean isAllocation(Metric metric) {
        return metric.name().startsWith("gc.alloc.rate.norm");
    }

    /** Number of forks. */
    public int n() {
        return logs.n();
    }

    /** The geometric mean of the fork medians (exp of the mean log): the centre the gate reports. */
    public double centre() {
        return Math.exp(logs.mean());
    }

    /** The standard deviation of the logs: for small spreads, the between-fork coefficient of variation. */
    public double spread() {
        return logs.standardDeviation();
    }
}
