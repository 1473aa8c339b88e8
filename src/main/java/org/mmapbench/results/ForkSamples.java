package org.mmapbench.results;

import java.util.Arrays;

/**
 * The measurements of one fork (one JVM) of one benchmark: values with weights.
 *
 * <p>From JMH {@code rawData} each iteration score is one value of weight 1; from
 * {@code rawDataHistogram} (sample mode) each histogram bucket is a value with its count. The fork
 * is the statistical unit of mmapbench: iterations inside one JVM are not independent.
 *
 * @param values the measured values, in the metric's unit
 * @param weights how many times each value was observed (same length as {@code values}, all > 0)
 */
public record ForkSamples(double[] values, long[] weights) {

    /** Checks the arrays and copies them. */
    public ForkSamples {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("values and weights differ in length");
        }
        values = values.clone();
        weights = weights.clone();
    }

    /** Samples of weight 1 each, e.g. the iteration scores of one fork. */
    public static ForkSamples of(double... values) {
        long[] w = new long[values.length];
        Arrays.fill(w, 1L);
        return new ForkSamples(values, w);
    }

    /** Total weight (number of observations). */
    public long count() {
        long n = 0;
        for (long w : weights) {
            n += w;
        }
        return n;
    }

    /** The weighted median (mean of the two middle observations when the count is even); NaN if empty. */
    public double median() {
        long n = count();
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        long lo = (n - 1) / 2;
        long hi = n / 2;
        double vlo = Double.NaN;
        double vhi = Double.NaN;
        long seen = 0;
        for (int idx : order) {
            long next = seen + weights[idx];
            if (Double.isNaN(vlo) && lo < next) {
                vlo = values[idx];
            }
            if (hi < next) {
                vhi = values[idx];
                break;
            }
            seen = next;
        }
        return (vlo + vhi) / 2;
    }

    /**
     * The weighted {@code q}-quantile by nearest rank: the smallest value with at least {@code q} of
     * the total weight at or below it (so p99.9 of a histogram is one of its values); NaN if empty.
     */
    public double quantile(double q) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("quantile " + q + " is outside 0..1");
        }
        long n = count();
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int idx : order) {
            seen += weights[idx];
            if (seen >= rank) {
                return values[idx];
            }
        }
        return values[order[order.length - 1]];
    }

    /** Every sample of {@code forks} as one weighted sample set (for percentiles over all forks). */
    public static ForkSamples pooled(java.util.List<ForkSamples> forks) {
        int size = forks.stream().mapToInt(f -> f.values.length).sum();
        double[] v = new double[size];
        long[] w = new long[size];
        int at = 0;
        for (ForkSamples f : forks) {
            System.arraycopy(f.values, 0, v, at, f.values.length);
            System.arraycopy(f.weights, 0, w, at, f.weights.length);
            at += f.values.length;
        }
        return new ForkSamples(v, w);
    }

    /** The weighted mean; NaN if empty. */
    public double mean() {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * weights[i];
            n += weights[i];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** A copy with every value multiplied by {@code factor} (used to build test fixtures). */
    public ForkSamples scaled(double factor) {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return new ForkSamples(v, weights);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForkSamples f && Arrays.equals(values, f.values) && Arrays.equals(weights, f.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "ForkSamples" + Arrays.toString(values) + "x" + Arrays.toString(weights);
    }
}
