package org.mmapbench.stats;

/**
 * Where one side of a comparison overtakes the other along a size sweep: the size at which a speedup
 * (greater than 1: the challenger is faster) rises above 1 for good, by log-log interpolation between
 * the swept sizes.
 *
 * <p>The estimate reads the speedup at each swept size, smallest first. The <em>overtaking size</em> is
 * the size from which the challenger stays ahead up to the largest swept size: the last upward crossing
 * of 1, interpolated linearly in (log size, log speedup) between the two sizes around it. Being ahead
 * means a speedup strictly above 1; a speedup of exactly 1 at a swept size puts the crossing at that size.
 *
 * <p>Four kinds of answer follow ({@link Kind}): ahead at every size ({@code ALWAYS}, overtaking size
 * -infinity, i.e. below the sweep), behind at every size ({@code NEVER}, +infinity), ahead at the
 * largest size after being behind ({@code AT}), or behind at the largest size after being ahead at a
 * smaller one ({@code FALLS_BEHIND}, overtaking size +infinity, with the last downward crossing given).
 * Several crossings (a noisy speedup near 1, or a real dip) are counted, and the last one decides.
 *
 * <p>The interval ({@link #statistic}) resamples each swept cell's forks and recomputes the overtaking
 * size; its bounds are natural logs of bytes and may be infinite (some resamples overtake below or not
 * within the sweep), which {@link Percentiles#type7} keeps as limits.
 *
 * @param kind which answer
 * @param bytes the crossing: the overtaking size for {@code AT}, the last downward crossing for
 *        {@code FALLS_BEHIND}, NaN for {@code ALWAYS} and {@code NEVER}
 * @param crossings how many times the speedup crosses 1 along the sweep
 */
public record Crossover(Kind kind, double bytes, int crossings) {

    /** Fewest forks per swept cell for a bootstrap interval: 3 forks give only 10 distinct resamples of a cell. */
    public static final int MIN_FORKS = 5;

    /** The kinds of answer. */
    public enum Kind {
        /** Ahead at every swept size. */
        ALWAYS,
        /** Behind (or level) at every swept size. */
        NEVER,
        /** Behind at a smaller size and ahead from the crossing to the largest swept size. */
        AT,
        /** Ahead at a smaller size and behind at the largest swept size. */
        FALLS_BEHIND
    }

    /**
     * The crossover of {@code speedups} measured at {@code sizes}.
     *
     * @param sizes swept sizes in bytes, strictly increasing, at least two
     * @param speedups the speedup at each size (positive; greater than 1: the challenger is faster)
     * @throws IllegalArgumentException for fewer than two sizes, sizes out of order, or a non-positive or NaN speedup
     */
    public static Crossover of(double[] sizes, double[] speedups) {
        check(sizes, speedups);
        int n = sizes.length;
        int crossings = 0;
        for (int i = 1; i < n; i++) {
            if (ahead(speedups[i]) != ahead(speedups[i - 1])) {
                crossings++;
            }
        }
        if (crossings == 0) {
            return new Crossover(ahead(speedups[0]) ? Kind.ALWAYS : Kind.NEVER, Double.NaN, 0);
        }
        int last = n - 1;
        while (ahead(speedups[last - 1]) == ahead(speedups[last])) {
            last--;
        }
        double x = interpolate(sizes[last - 1], speedups[last - 1], sizes[last], speedups[last]);
        return new Crossover(ahead(speedups[n - 1]) ? Kind.AT : Kind.FALLS_BEHIND, x, crossings);
    }

    /**
     * The overtaking size as a natural log of bytes: finite for {@code AT}, -infinity for {@code ALWAYS}
     * (below the sweep), +infinity for {@code NEVER} and {@code FALLS_BEHIND} (not within it).
     */
    public double overtakingLog() {
        return switch (kind) {
            case ALWAYS -> Double.NEGATIVE_INFINITY;
            case AT -> Math.log(bytes);
            case NEVER, FALLS_BEHIND -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * The bootstrap statistic of the overtaking size ({@link #overtakingLog()}) from per-fork values.
     * The groups come in pairs, one pair per swept size in the order of {@code sizes}: the baseline's
     * fork values, then the challenger's. Each side's centre is the median of its forks, the speedup
     * their ratio (baseline / challenger for times, challenger / baseline when higher is better), as
     * the report's speedup table computes it.
     *
     * @param sizes the swept sizes, strictly increasing
     * @param higherIsBetter whether the values are throughputs rather than times
     */
    public static Statistic statistic(double[] sizes, boolean higherIsBetter) {
        double[] x = sizes.clone();
        return groups -> {
            if (groups.length != 2 * x.length) {
                throw new IllegalArgumentException("expected " + 2 * x.length + " groups (baseline and challenger per size), got " + groups.length);
            }
            double[] s = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double baseline = Percentiles.medianInPlace(groups[2 * i]);
                double challenger = Percentiles.medianInPlace(groups[2 * i + 1]);
                s[i] = higherIsBetter ? challenger / baseline : baseline / challenger;
            }
            return of(x, s).overtakingLog();
        };
    }

    /**
     * The bootstrap interval of the overtaking size, in natural logs of bytes (bounds may be infinite);
     * {@link Interval#NONE} when a cell has fewer than {@link #MIN_FORKS} forks.
     *
     * @param key names the interval (seeds its random stream)
     * @param sizes the swept sizes, strictly increasing
     * @param baseline per size, the baseline's fork values
     * @param challenger per size, the challenger's fork values
     */
    public static Interval interval(Bootstrap bootstrap, String key, double[] sizes, double[][] baseline,
            double[][] challenger, boolean higherIsBetter) {
        if (baseline.length != sizes.length || challenger.length != sizes.length) {
            throw new IllegalArgumentException("one baseline and one challenger group per size");
        }
        double[][] groups = new double[2 * sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            if (baseline[i].length < MIN_FORKS || challenger[i].length < MIN_FORKS) {
                return Interval.NONE;
            }
            groups[2 * i] = baseline[i];
            groups[2 * i + 1] = challenger[i];
        }
        return bootstrap.interval(key, statistic(sizes, higherIsBetter), groups);
    }

    private static boolean ahead(double speedup) {
        return speedup > 1;
    }

    /** Where log speedup reaches 0 on the line through (log x0, log s0) and (log x1, log s1). */
    private static double interpolate(double x0, double s0, double x1, double s1) {
        double d0 = Math.log(s0);
        double d1 = Math.log(s1);
        if (d0 == 0) {
            return x0;
        }
        if (d1 == 0) {
            return x1;
        }
        double t = d0 / (d0 - d1);
        return Math.exp(Math.log(x0) + t * (Math.log(x1) - Math.log(x0)));
    }

    private static void check(double[] sizes, double[] speedups) {
        if (sizes.length != speedups.length) {
            throw new IllegalArgumentException("sizes and speedups differ in length");
        }
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a crossover needs at least two sizes");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] > 0) || (i > 0 && !(sizes[i] > sizes[i - 1]))) {
                throw new IllegalArgumentException("sizes must be positive and strictly increasing: " + java.util.Arrays.toString(sizes));
            }
            if (!(speedups[i] > 0) || Double.isInfinite(speedups[i])) {
                throw new IllegalArgumentException("speedups must be positive and finite: " + java.util.Arrays.toString(speedups));
            }
        }
    }
}
