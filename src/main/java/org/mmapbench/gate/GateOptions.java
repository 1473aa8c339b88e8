package org.mmapbench.gate;

/**
 * How the gate compares two runs.
 *
 * @param threshold smallest change worth a verdict, as a fraction (0.05 = 5%)
 * @param alpha family-wise significance level for the Holm correction (0.05)
 * @param relative compare mapped-vs-regular speedups instead of absolute values
 * @param allowEnvMismatch compare absolute values even when the environment fingerprints differ
 * @param resamples bootstrap resamples per row
 * @param seed bootstrap seed; each row mixes in a hash of its id, so rows do not share random streams
 */
public record GateOptions(double threshold, double alpha, boolean relative, boolean allowEnvMismatch, int resamples,
        long seed) {

    /** Default threshold: 5%. */
    public static final double DEFAULT_THRESHOLD = 0.05;
    /** Default family-wise alpha: 0.05. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** Fewest bootstrap resamples: fewer make the interval's ends noise. */
    public static final int MIN_RESAMPLES = 100;
    /** Most bootstrap resamples: 50 times the default, beyond which memory and time grow for no precision. */
    public static final int MAX_RESAMPLES = 100_000;
    /** Default bootstrap resamples. */
    public static final int DEFAULT_RESAMPLES = 2000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 42;

    /** Checks the ranges. */
    public GateOptions {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1): " + threshold);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        if (resamples < MIN_RESAMPLES || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("resamples must be from " + MIN_RESAMPLES + " to " + MAX_RESAMPLES + ": " + resamples);
        }
    }

    /** 5% threshold, alpha 0.05, absolute, matching environments required, 2000 resamples, seed 42. */
    public static GateOptions defaults() {
        return new GateOptions(DEFAULT_THRESHOLD, DEFAULT_ALPHA, false, false, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /** A copy with another threshold. */
    public GateOptions withThreshold(double t) {
        return new GateOptions(t, alpha, relative, allowEnvMismatch, resamples, seed);
    }

    /** A copy with another alpha. */
    public GateOptions withAlpha(double a) {
        return new GateOptions(threshold, a, relative, allowEnvMismatch, resamples, seed);
    }

    /** A copy in relative or absolute mode. */
    public GateOptions withRelative(boolean r) {
        return new GateOptions(threshold, alpha, r, allowEnvMismatch, resamples, seed);
    }

    /** A copy that does or does not allow differing environments. */
    public GateOptions withAllowEnvMismatch(boolean a) {
        return new GateOptions(threshold, alpha, relative, a, resamples, seed);
    }

    /** A copy with another number of bootstrap resamples. */
    public GateOptions withResamples(int r) {
        return new GateOptions(threshold, alpha, relative, allowEnvMismatch, r, seed);
    }
}
