package org.mmapbench.gate;

import java.util.List;

/**
 * A signed sum of group means on the log scale, the quantity the gate estimates and tests.
 *
 * <p>Absolute comparison: {@code mean(ln candidate) - mean(ln baseline)}, whose exponential is the
 * ratio of geometric means candidate / baseline. Relative comparison (mapped vs regular speedups):
 * {@code (ln regular_c - ln mapped_c) - (ln regular_b - ln mapped_b)}, the log of the ratio of the
 * candidate's speedup to the baseline's. Groups are independent (every fork is its own JVM), so the
 * variance of the estimate is the sum of each group's variance of the mean, and its degrees of freedom
 * follow Welch-Satterthwaite.
 *
 * @param groups the independent samples
 * @param signs the coefficient of each group's mean (+1 or -1)
 */
public record Contrast(List<LogSample> groups, double[] signs) {

    /** Checks the lengths and copies. */
    public Contrast {
        groups = List.copyOf(groups);
        signs = signs.clone();
        if (groups.size() != signs.length || groups.isEmpty()) {
            throw new IllegalArgumentException("one sign per group, at least one group");
        }
    }

    /** candidate minus baseline. */
    public static Contrast difference(LogSample baseline, LogSample candidate) {
        return new Contrast(List.of(candidate, baseline), new double[] {1, -1});
    }

    /** The estimate: the signed sum of the group means. */
    public double estimate() {
        double e = 0;
        for (int g = 0; g < signs.length; g++) {
            e += signs[g] * groups.get(g).mean();
        }
        return e;
    }

    /** The standard error of the estimate: {@code sqrt(sum s_g^2 / n_g)}. */
    public double standardError() {
        double v = 0;
        for (LogSample s : groups) {
            v += s.variance() / s.n();
        }
        return Math.sqrt(v);
    }

    /**
     * Welch-Satterthwaite degrees of freedom: {@code (sum v_g)^2 / sum (v_g^2 / (n_g - 1))} with
     * {@code v_g = s_g^2 / n_g}; NaN when every group has zero variance.
     */
    public double degreesOfFreedom() {
        double num = 0;
        double den = 0;
        for (LogSample s : groups) {
            double v = s.variance() / s.n();
            num += v;
            den += v * v / (s.n() - 1);
        }
        return den == 0 ? Double.NaN : num * num / den;
    }
}
