package org.mmapbench.stats;

/**
 * What a {@link Bootstrap} re-estimates on every resample, from the resampled groups.
 *
 * <p>The factories name the statistics the project uses; each call site picks one, so a reader sees
 * which centre an interval belongs to: the report's medians of fork medians, or the gate's contrasts
 * of means of log fork medians (logs of geometric means).
 */
@FunctionalInterface
public interface Statistic {

    /**
     * The statistic of {@code groups}, one array per group in the order given to the bootstrap. The
     * arrays are scratch space: the statistic may reorder them.
     */
    double of(double[][] groups);

    /** The median of the single group. */
    static Statistic median() {
        return g -> Percentiles.medianInPlace(g[0]);
    }

    /** The ratio of medians, {@code median(groups[0]) / median(groups[1])}. */
    static Statistic medianRatio() {
        return g -> {
            double numerator = Percentiles.medianInPlace(g[0]);
            return numerator / Percentiles.medianInPlace(g[1]);
        };
    }

    /**
     * The signed sum of group means, {@code sum signs[g] * mean(groups[g])}: the estimate of a
     * {@link Contrast}.
     */
    static Statistic meanContrast(double[] signs) {
        return new MeanContrast(signs);
    }
}
