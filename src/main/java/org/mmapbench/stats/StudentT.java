package org.mmapbench.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Quantiles of Student's t distribution. */
public final class StudentT {

    private StudentT() {
    }

    /** The {@code q} quantile of Student's t with {@code df} degrees of freedom (the normal's when df is NaN or above 1e7). */
    public static double quantile(double q, double df) {
        if (!(df > 0) || df > 1e7) {
            return NormalDistribution.of(0, 1).inverseCumulativeProbability(q);
        }
        return TDistribution.of(df).inverseCumulativeProbability(q);
    }
}
