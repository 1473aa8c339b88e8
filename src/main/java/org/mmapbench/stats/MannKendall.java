package org.mmapbench.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Mann-Kendall test for a monotonic trend in a series (for example, the measurement iterations of
 * one fork in time order), two-sided.
 *
 * <p>The statistic is {@code S = sum over i < j of sign(x[j] - x[i])}: positive for an upward trend,
 * negative for a downward one. Without ties and for n up to {@value #EXACT_LIMIT} the p-value is exact:
 * under the null hypothesis every order of the values is equally likely, and S = n(n-1)/2 - 2 I for I
 * the number of inversions, whose distribution is counted by dynamic programming. With ties or a longer
 * series it uses the normal approximation with the tie-corrected variance
 * {@code (n(n-1)(2n+5) - sum t(t-1)(2t+5)) / 18} (t the size of each group of equal values) and a
 * continuity correction of 1.
 *
 * <p>NOTE: the test assumes independent observations. Successive iterations in one JVM are not quite
 * independent, so a small p-value says the series drifts, not why.
 */
public final class MannKendall {

    /** The longest series without ties whose p-value is computed exactly. */
    public static final int EXACT_LIMIT = 50;

    private MannKendall() {
    }

    /**
     * The outcome of one test.
     *
     * @param s the Mann-Kendall statistic S
     * @param variance the (tie-corrected) variance of S under no trend
     * @param p the two-sided p-value
     * @param exact whether p comes from the exact distribution rather than the normal approximation
     */
    public record Result(long s, double variance, double p, boolean exact) {
        /** Whether the series trends up (S > 0) at the given level. */
        public boolean rising(double alpha) {
            return s > 0 && p < alpha;
        }

        /** Whether the series trends down (S < 0) at the given level. */
        public boolean falling(double alpha) {
            return s < 0 && p < alpha;
        }
    }

    /**
     * Tests {@code series} (in time order) for a monotonic trend.
     *
     * @throws IllegalArgumentException with fewer than 3 values or a NaN
     */
    public static Result test(double[] series) {
        int n = series.length;
        if (n < 3) {
            throw new IllegalArgumentException("a trend test needs at least 3 values, not " + n);
        }
        long s = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(series[i])) {
                throw new IllegalArgumentException("value " + i + " is NaN");
            }
            for (int j = i + 1; j < n; j++) {
                s += Double.compare(series[j], series[i]) > 0 ? 1 : Double.compare(series[j], series[i]) < 0 ? -1 : 0;
            }
        }
        double ties = tieTerm(series);
        double variance = (n * (n - 1.0) * (2.0 * n + 5) - ties) / 18;
        if (ties == 0 && n <= EXACT_LIMIT) {
            return new Result(s, variance, exactP(n, s), true);
        }
        if (variance == 0) {
            return new Result(s, variance, 1, false);
        }
        double z = s == 0 ? 0 : (s - Math.signum((double) s)) / Math.sqrt(variance);
        double p = 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));
        return new Result(s, variance, Math.min(1, p), false);
    }

    /** {@code sum t(t-1)(2t+5)} over the groups of equal values. */
    private static double tieTerm(double[] series) {
        double[] sorted = series.clone();
        java.util.Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * (t - 1) * (2 * t + 5);
            i = j + 1;
        }
        return sum;
    }

    /** {@code P(|S| >= |s|)} for n distinct values in random order. */
    static double exactP(int n, long s) {
        int max = n * (n - 1) / 2;
        // probabilities of each inversion count for permutations of 1..k, built up k = 1..n
        double[] dist = {1};
        for (int k = 2; k <= n; k++) {
            double[] next = new double[dist.length + k - 1];
            for (int inv = 0; inv < dist.length; inv++) {
                double share = dist[inv] / k;
                for (int add = 0; add < k; add++) {
                    next[inv + add] += share;
                }
            }
            dist = next;
        }
        // S = max - 2 I; |S| >= |s| in the upper tail means I <= (max - |s|) / 2
        long limit = (max - Math.abs(s)) / 2;
        double tail = 0;
        for (int inv = 0; inv <= limit; inv++) {
            tail += dist[inv];
        }
        return s == 0 ? 1 : Math.min(1, 2 * tail);
    }
}
