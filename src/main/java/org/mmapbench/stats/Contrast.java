package org.mmapbench.stats;

import java.util.List;

/**
 * A signed sum of the means of independent groups, {@code sum signs[g] * mean(groups[g])}, with its
 * standard error and Welch-Satterthwaite degrees of freedom.
 *
 * <p>Two groups with signs {@code +1, -1} give the difference of two means ({@link #difference});
 * four give a difference of differences. Groups are independent, so the variance of the estimate is
 * the sum of each group's variance of the mean.
 *
 * @param groups the independent samples
 * @param signs the coefficient of each group's mean (+1 or -1)
 */
public record Contrast(List<Sample> groups, double[] signs) {

    /** Checks the lengths and copies. */
    public Contrast {
        groups = List.copyOf(groups);
        signs = signs.clone();
        if (groups.size() != signs.length || groups.isEmpty()) {
            throw new IllegalArgumentException("one sign per group, at least one group");
        }
    }

    /** The coefficients (a copy). */
    @Override
    public double[] signs() {
        return signs.clone();
    }

    /** {@code mean(candidate) - mean(baseline)}. */
    public static Contrast difference(Sample baseline, Sample candidate) {
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
        for (Sample s : groups) {
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
        for (Sample s : groups) {
            double v = s.variance() / s.n();
            num += v;
            den += v * v / (s.n() - 1);
        }
        return den == 0 ? Double.NaN : num * num / den;
    }

    /** Each group's values, in group order: the input of a {@link Bootstrap} of {@link Statistic#meanContrast}. */
    public double[][] values() {
        double[][] v = new double[groups.size()][];
        for (int g = 0; g < v.length; g++) {
            v[g] = groups.get(g).values();
        }
        return v;
    }
}
