package org.mmapbench.report;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded percentile bootstrap over forks: the fork (one JVM) is the unit that is resampled, because
 * iterations inside one JVM are not independent.
 *
 * <p>The random generator is seeded from {@link #BASE_SEED} and a caller-given key (the benchmark
 * key), so identical input gives identical intervals on every run and machine.
 */
public final class Bootstrap {
    /** Resamples per interval. */
    public static final int RESAMPLES = 2000;
    /** The base seed mixed with each key. */
    public static final long BASE_SEED = 42L;

    /**
     * A two-sided interval.
     *
     * @param low lower bound (NaN when not computable)
     * @param high upper bound (NaN when not computable)
     */
    public record Interval(double low, double high) {
        /** An interval that could not be computed. */
        public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

        /** Whether both bounds are known. */
        public boolean known() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }

        /** Whether the interval contains {@code v}. */
        public boolean contains(double v) {
            return known() && low <= v && v <= high;
        }
    }

    private Bootstrap() {
    }

    /** The median of {@code values} (mean of the two middle values for an even count); NaN when empty. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** A 95% percentile bootstrap interval of the median of fork medians; NONE with fewer than 2 forks. */
    public static Interval medianCi(double[] forkMedians, String key) {
        if (forkMedians.length < 2) {
            return Interval.NONE;
        }
        SplittableRandom rnd = new SplittableRandom(seed(key));
        double[] stats = new double[RESAMPLES];
        double[] buf = new double[forkMedians.length];
        for (int b = 0; b < RESAMPLES; b++) {
            resample(forkMedians, buf, rnd);
            stats[b] = medianInPlace(buf);
        }
        return percentiles(stats);
    }

    /**
     * A 95% percentile bootstrap interval of {@code speedup(median(regular), median(mapped))},
     * resampling the forks of each side independently; NONE when a side has fewer than 2 forks.
     */
    public static Interval ratioCi(double[] regular, double[] mapped, boolean higherIsBetter, String key) {
        if (regular.length < 2 || mapped.length < 2) {
            return Interval.NONE;
        }
        SplittableRandom rnd = new SplittableRandom(seed(key));
        double[] stats = new double[RESAMPLES];
        double[] r = new double[regular.length];
        double[] m = new double[mapped.length];
        for (int b = 0; b < RESAMPLES; b++) {
            resample(regular, r, rnd);
            resample(mapped, m, rnd);
            double rm = medianInPlace(r);
            double mm = medianInPlace(m);
            stats[b] = higherIsBetter ? mm / rm : rm / mm;
        }
        return percentiles(stats);
    }

    /** The median of a scratch array, sorting it in place (insertion sort: fork counts are small). */
    static double medianInPlace(double[] s) {
        for (int i = 1; i < s.length; i++) {
            double v = s[i];
            int j = i - 1;
            while (j >= 0 && Double.compare(s[j], v) > 0) {
                s[j + 1] = s[j];
                j--;
            }
            s[j + 1] = v;
        }
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static void resample(double[] from, double[] into, SplittableRandom rnd) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[rnd.nextInt(from.length)];
        }
    }

    private static Interval percentiles(double[] stats) {
        Arrays.sort(stats);
        int lo = (int) Math.floor(0.025 * (stats.length - 1));
        int hi = (int) Math.ceil(0.975 * (stats.length - 1));
        return new Interval(stats[lo], stats[hi]);
    }

    private static long seed(String key) {
        return BASE_SEED * 0x9E3779B97F4A7C15L ^ key.hashCode();
    }
}
