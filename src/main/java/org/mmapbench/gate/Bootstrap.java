package org.mmapbench.gate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded percentile bootstrap interval for a {@link Contrast}: forks are resampled with replacement
 * within each group, and the estimate recomputed.
 *
 * <p>Deterministic: the same samples, resample count and seed give the same interval on every run
 * and machine. NOTE: with 5 forks a side the percentile bootstrap is somewhat narrow (the bootstrap
 * variance of a mean is (n-1)/n of the textbook one), so the interval alone is not trusted for
 * false-alarm control; the gate requires the Holm-adjusted Welch p-value as well.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * The central {@code level} percentile interval of the contrast's estimate, on the log scale.
     *
     * @param contrast what to estimate
     * @param resamples number of bootstrap resamples (e.g. 2000)
     * @param seed the random seed
     * @param level e.g. 0.95
     * @return {@code {low, high}}
     */
    public static double[] interval(Contrast contrast, int resamples, long seed, double level) {
        SplittableRandom random = new SplittableRandom(seed);
        int groups = contrast.groups().size();
        double[][] logs = new double[groups][];
        for (int g = 0; g < groups; g++) {
            logs[g] = contrast.groups().get(g).logs();
        }
        double[] signs = contrast.signs();
        double[] estimates = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double e = 0;
            for (int g = 0; g < groups; g++) {
                double[] x = logs[g];
                double sum = 0;
                for (int i = 0; i < x.length; i++) {
                    sum += x[random.nextInt(x.length)];
                }
                e += signs[g] * sum / x.length;
            }
            estimates[b] = e;
        }
        Arrays.sort(estimates);
        double tail = (1 - level) / 2;
        return new double[] {percentile(estimates, tail), percentile(estimates, 1 - tail)};
    }

    /** Linear interpolation between order statistics (type 7, as R's default). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
