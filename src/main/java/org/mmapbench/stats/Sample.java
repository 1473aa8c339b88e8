package org.mmapbench.stats;

import java.util.Arrays;

/**
 * One group of independent observations (in this project, one value per fork), with its mean and
 * sample variance.
 *
 * @param values the observations, in order
 */
public record Sample(double[] values) {

    /** Copies the array. */
    public Sample {
        values = values.clone();
    }

    /** The observations (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Number of observations. */
    public int n() {
        return values.length;
    }

    /** The arithmetic mean; NaN when empty. */
    public double mean() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** The sample variance (n - 1 denominator); 0 for fewer than two observations. */
    public double variance() {
        if (values.length < 2) {
            return 0;
        }
        double m = mean();
        double s = 0;
        for (double v : values) {
            s += (v - m) * (v - m);
        }
        return s / (values.length - 1);
    }

    /** The sample standard deviation. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Sample" + Arrays.toString(values);
    }
}
