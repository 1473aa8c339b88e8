package org.mmapbench.gate;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's unequal-variance t-test of a {@link Contrast} against zero, two-sided.
 *
 * <p>Chosen over an exact Mann-Whitney U test because its p-value can reach the Holm-corrected level
 * with the fork counts benchmarks can afford: with 5 forks a side the smallest two-sided exact U
 * p-value is 2/252 = 0.0079, above 0.05/60 = 0.00083, so a rank test could never flag anything in a
 * 60-row suite. On log per-fork medians the t-test's normality assumption is mild (fork medians of
 * timings are close to lognormal), and the seeded calibration tests check its error rates directly.
 * For two groups it equals commons-statistics {@code TTest} (heteroscedastic), which a test verifies.
 */
public final class WelchTest {

    private WelchTest() {
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
     * such as allocation counts), p is 1 for a zero estimate and 0 otherwise.
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

    /** The {@code q} quantile of Student's t with {@code df} degrees of freedom (the normal's when df is NaN or huge). */
    static double quantile(double q, double df) {
        if (!(df > 0) || df > 1e7) {
            return org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).inverseCumulativeProbability(q);
        }
        return TDistribution.of(df).inverseCumulativeProbability(q);
    }
}
