package org.mmapbench.stats;

/**
 * The minimum detectable effect: the smallest change a two-part regression rule (Holm-significant
 * Welch test, and the whole 95% interval beyond a threshold) flags in 80% of runs, given the observed
 * spread of a {@link Contrast} of log values.
 *
 * <p>A regression needs both parts, so the MDE is the larger of two effects on the log scale, with
 * {@code se} the row's standard error and {@code df} its Welch-Satterthwaite degrees of freedom:
 * <ul>
 *   <li>significance at the strictest Holm level, {@code alpha / m} for m compared rows:
 *       {@code (t(1 - alpha/(2m), df) + t(0.80, df)) * se};</li>
 *   <li>the whole 95% interval beyond the threshold:
 *       {@code ln(1 + threshold) + (t(0.975, df) + t(0.80, df)) * se}.</li>
 * </ul>
 * Reported as {@code exp(effect) - 1}, e.g. 0.08 for "changes under 8% go unseen".
 */
public final class MinimumDetectableEffect {

    /** The power the MDE is stated at. */
    public static final double POWER = 0.80;

    private MinimumDetectableEffect() {
    }

    /**
     * The MDE as a fraction.
     *
     * @param se standard error of the log contrast
     * @param df its degrees of freedom (NaN when no spread: then the MDE is the threshold)
     * @param alpha family-wise alpha
     * @param rows number of compared rows (Holm's m)
     * @param threshold the verdict threshold as a fraction (0.05)
     */
    public static double of(double se, double df, double alpha, int rows, double threshold) {
        double power = StudentT.quantile(POWER, df);
        double significance = (StudentT.quantile(1 - alpha / (2.0 * Math.max(1, rows)), df) + power) * se;
        double beyondThreshold = Math.log1p(threshold) + (StudentT.quantile(0.975, df) + power) * se;
        return Math.expm1(Math.max(significance, beyondThreshold));
    }
}
