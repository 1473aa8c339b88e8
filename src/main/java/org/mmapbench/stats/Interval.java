package org.mmapbench.stats;

/**
 * A two-sided confidence interval.
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

    /** The interval with {@code Math.exp} applied to both bounds: from a log scale back to ratios. */
    public Interval exp() {
        return new Interval(Math.exp(low), Math.exp(high));
    }
}
