package org.mmapbench.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's unequal-variance t-test of a {@link Contrast} against zero, two-sided.
 *
 * <p>For two groups it equals commons-statistics {@code TTest} (heteroscedastic), which a test
 * verifies; for more groups it uses the contrast's Welch-Satterthwaite degrees of freedom.
 */
public final class Welch {

    private Welch() {
    }

    /**
     * The outcome of one test.
     *
     * @param statistic t
     * @param degreesOfFreedom Welch-Satterthwaite df (NaN when there is no spread at all)
     * @param p the two-sided p-value
     */
    public record Result(double statistic, double degreesOfFreedom, double p) {
    }

    /**
     * Tests whether the contrast differs from zero. With no spread in any group (deterministic values
     * such as allocation counts), p is 1 for an estimate within 1e-12 of zero and 0 otherwise.
     */
    public static Result test(Contrast contrast) {
        double est = contrast.estimate();
        double se = contrast.standardError();
        if (se == 0) {
            boolean same = Math.abs(est) < 1e-12;
            return new Result(same ? 0 : Math.copySign(Double.POSITIVE_INFINITY, est), Double.NaN, same ? 1 : 0);
        }
        double df = contrast.degreesOfFreedom();
        double t = est / se;
        double p = 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
        return new Result(t, df, Math.min(1, p));
    }
}
