package org.mmapbench.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mmapbench.stats.MannKendall;
import org.mmapbench.stats.Percentiles;

/**
 * The steady-state rule, one fixed rule for every benchmark: a fork is <em>unsteady</em> when its
 * first measurement iteration is more than {@value #FIRST_ITERATION_LIMIT}x slower than the median of
 * its other iterations, or when a Mann-Kendall rank-trend test over its iterations, in time order,
 * gives a two-sided p below {@value #TREND_ALPHA}.
 *
 * <p>The first rule catches a fork still in a start-up transient when measuring began (for
 * example a heap that was never touched); the second a fork whose speed drifts throughout.
 * "Slower" means a larger time for time modes and a smaller rate for throughput.
 *
 * <p>NOTE: the rule needs iteration scores in time order, so it applies to forks with raw data of
 * weight 1 per value (JMH's {@code rawData}), not to sample mode's histograms. With n iterations and
 * no ties the smallest p-value the trend test can give is 2/n!, so it can flag only with 6 or more
 * iterations (2/720 = 0.0028); with 6 it flags only a strictly monotonic series.
 */
public final class SteadyState {
    /** How much slower than the median of the other iterations the first one may be. */
    public static final double FIRST_ITERATION_LIMIT = 1.5;
    /** The trend test's significance level. */
    public static final double TREND_ALPHA = 0.01;

    private SteadyState() {
    }

    /**
     * The verdict on one fork.
     *
     * @param applies whether the rule could be applied (raw data in time order, two or more iterations)
     * @param unsteady whether the fork is unsteady
     * @param reason why it is unsteady, e.g. {@code first iteration 2.31x the median of the others}; empty otherwise
     */
    public record Check(boolean applies, boolean unsteady, String reason) {
        static final Check NOT_APPLICABLE = new Check(false, false, "");
        static final Check STEADY = new Check(true, false, "");
    }

    /** Applies the rule to one fork's iterations; {@code higherIsBetter} for throughput modes. */
    public static Check of(ForkSamples fork, boolean higherIsBetter) {
        double[] v = fork.values();
        for (long w : fork.weights()) {
            if (w != 1) {
                return Check.NOT_APPLICABLE;
            }
        }
        if (v.length < 2 || Arrays.stream(v).anyMatch(x -> Double.isNaN(x) || Double.isInfinite(x))) {
            return Check.NOT_APPLICABLE;
        }
        double others = Percentiles.median(Arrays.copyOfRange(v, 1, v.length));
        double slowdown = higherIsBetter ? others / v[0] : v[0] / others;
        List<String> reasons = new ArrayList<>();
        if (slowdown > FIRST_ITERATION_LIMIT) {
            reasons.add(String.format(Locale.ROOT, "first iteration %.2fx slower than the median of the others", slowdown));
        }
        if (v.length >= 3) {
            MannKendall.Result trend = MannKendall.test(v);
            if (trend.p() < TREND_ALPHA) {
                boolean slower = higherIsBetter ? trend.s() < 0 : trend.s() > 0;
                reasons.add(String.format(Locale.ROOT, "iterations trend %s (Mann-Kendall p = %.4f)",
                        slower ? "slower" : "faster", trend.p()));
            }
        }
        return reasons.isEmpty() ? Check.STEADY : new Check(true, true, String.join("; ", reasons));
    }

    /**
     * The 1-based numbers of the unsteady forks of {@code metric} in {@code mode}; empty when all are
     * steady. Null when the rule applies to none of its forks (no raw data, sample mode).
     */
    public static List<Integer> unsteadyForks(Metric metric, BenchMode mode) {
        if (mode == BenchMode.SAMPLE_TIME) {
            return null; // histogram buckets are ordered by value, not by time
        }
        List<Integer> out = new ArrayList<>();
        boolean applied = false;
        boolean higher = metric.higherIsBetter(mode);
        for (int i = 0; i < metric.forks().size(); i++) {
            Check c = of(metric.forks().get(i), higher);
            applied |= c.applies();
            if (c.unsteady()) {
                out.add(i + 1);
            }
        }
        return applied ? out : null;
    }

}
