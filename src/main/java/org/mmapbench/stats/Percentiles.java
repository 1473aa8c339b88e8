package org.mmapbench.stats;

import java.util.Arrays;

/**
 * The one percentile definition of the project: Hyndman and Fan's type 7 (R's and NumPy's default),
 * linear interpolation between order statistics.
 *
 * <p>For n sorted values {@code x[0..n-1]} and a probability q, let {@code h = (n - 1) q}; the
 * percentile is {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}. q = 0 gives the
 * minimum, q = 1 the maximum, and q = 0.5 the median. Between two equal values, or next to an
 * infinite one, the percentile is that value (the limit of the interpolation), not the NaN that
 * {@code inf - inf} would give.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The type-7 {@code q} percentile of values already sorted ascending.
     *
     * @throws IllegalArgumentException for an empty array or q outside [0, 1]
     */
    public static double type7(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1]: " + q);
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double fraction = h - lo;
        if (fraction == 0 || sorted[lo] == sorted[hi] || Double.isInfinite(sorted[lo])) {
            return sorted[lo];
        }
        if (Double.isInfinite(sorted[hi])) {
            return sorted[hi];
        }
        return sorted[lo] + fraction * (sorted[hi] - sorted[lo]);
    }

    /**
     * The median of {@code values} in any order, NaN when empty: the middle value, or the mean of the two
     * middle values for an even count (type 7 at q = 0.5, written so that it is exactly the midpoint).
     */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return medianOfSorted(s);
    }

    /** The median of a scratch array, which is sorted in place (insertion sort: fork counts are small). */
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
        return medianOfSorted(s);
    }

    private static double medianOfSorted(double[] s) {
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
