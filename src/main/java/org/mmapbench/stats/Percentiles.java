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
        return type7Between(sorted, (int) Math.floor((sorted.length - 1) * q), q);
    }

    /**
     * The type-7 {@code q} percentile of values in any order, equal to {@link #type7} of the sorted
     * values; {@code scratch} is reordered (a selection, O(n) on average, instead of a sort).
     *
     * @throws IllegalArgumentException for an empty array or q outside [0, 1]
     */
    public static double type7InPlace(double[] scratch, double q) {
        if (scratch.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1]: " + q);
        }
        int lo = (int) Math.floor((scratch.length - 1) * q);
        for (double v : scratch) {
            if (Double.isNaN(v)) {
                Arrays.sort(scratch); // NaN sorts last, as in type7 of sorted values
                return type7Between(scratch, lo, q);
            }
        }
        select(scratch, lo);
        if (lo + 1 < scratch.length) {
            // the next order statistic is the smallest value above position lo
            int min = lo + 1;
            for (int i = lo + 2; i < scratch.length; i++) {
                if (scratch[i] < scratch[min]) {
                    min = i;
                }
            }
            double next = scratch[min];
            scratch[min] = scratch[lo + 1];
            scratch[lo + 1] = next;
        }
        return type7Between(scratch, lo, q);
    }

    /** Type 7 from positions {@code lo} and {@code lo + 1}, which hold the right order statistics. */
    private static double type7Between(double[] a, int lo, double q) {
        double h = (a.length - 1) * q;
        int hi = Math.min(lo + 1, a.length - 1);
        double fraction = h - lo;
        if (fraction == 0 || a[lo] == a[hi] || Double.isInfinite(a[lo])) {
            return a[lo];
        }
        if (Double.isInfinite(a[hi])) {
            return a[hi];
        }
        return a[lo] + fraction * (a[hi] - a[lo]);
    }

    /**
     * Moves the {@code k}-th smallest value to {@code a[k]}, smaller ones before it. The values hold
     * no NaN; {@code -0.0} and {@code 0.0} count as equal (the percentile's value is the same).
     */
    private static void select(double[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (right > left) {
            int mid = (left + right) >>> 1;
            // median of three as the pivot, moved to the right end
            if (a[mid] < a[left]) {
                swap(a, mid, left);
            }
            if (a[right] < a[left]) {
                swap(a, right, left);
            }
            if (a[mid] < a[right]) {
                swap(a, mid, right);
            }
            double pivot = a[right];
            int store = left;
            for (int i = left; i < right; i++) {
                if (a[i] < pivot) {
                    swap(a, i, store++);
                }
            }
            swap(a, store, right);
            if (store == k) {
                return;
            } else if (store < k) {
                left = store + 1;
            } else {
                right = store - 1;
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
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
