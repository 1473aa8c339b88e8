package org.mmapbench.stats;

import java.util.SplittableRandom;

/**
 * A seeded percentile bootstrap over independent groups: each resample draws every group's values
 * with replacement (group by group, in the order given), recomputes a {@link Statistic}, and the
 * interval is the type-7 {@link Percentiles percentiles} {@code (1 - level) / 2} and
 * {@code (1 + level) / 2} of those statistics.
 *
 * <p>The values are per-fork numbers: the fork (one JVM) is the unit resampled, because iterations
 * inside one JVM share its JIT decisions and heap layout and are not independent.
 *
 * <p>Seeding policy: every interval has a key naming what it is about (a benchmark and metric), and
 * its random stream is seeded with {@link #seed(long, String)} from the base {@link #seed()} and that
 * key. The same values, key, resamples and base seed give the same interval on every run and
 * machine, and one interval does not change when others are added or removed.
 *
 * <p>NOTE: with 5 forks a group the percentile bootstrap is somewhat narrow (the bootstrap variance of
 * a mean is (n-1)/n of the textbook one); the gate therefore also requires a Holm-adjusted Welch test.
 *
 * @param resamples resamples per interval (at least 100)
 * @param seed the base seed mixed with each interval's key
 * @param level the coverage, e.g. 0.95
 */
public record Bootstrap(int resamples, long seed, double level) {
    /** Resamples per interval unless the user chooses otherwise. */
    public static final int DEFAULT_RESAMPLES = 2000;
    /** The base seed unless the user chooses otherwise. */
    public static final long DEFAULT_SEED = 42L;
    /** 2000 resamples, seed 42, 95%: what the report always uses and the gate by default. */
    public static final Bootstrap DEFAULT = new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_SEED, 0.95);

    /** Checks the arguments. */
    public Bootstrap {
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples must be at least 100: " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
    }

    /** The seed of the interval named {@code key}: {@code base ^ (key.hashCode() * 0x9E3779B97F4A7C15)}. */
    public static long seed(long base, String key) {
        long h = key.hashCode();
        return base ^ (h * 0x9E3779B97F4A7C15L);
    }

    /**
     * The percentile bootstrap interval of {@code statistic} over {@code groups}; {@link Interval#NONE}
     * when a group has fewer than 2 values (one value has no spread to resample).
     *
     * @param key names the interval; seeds its random stream
     */
    public Interval interval(String key, Statistic statistic, double[]... groups) {
        if (groups.length == 0) {
            throw new IllegalArgumentException("no groups");
        }
        double[][] scratch = new double[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].length < 2) {
                return Interval.NONE;
            }
            scratch[g] = new double[groups[g].length];
        }
        SplittableRandom random = new SplittableRandom(seed(seed, key));
        double[] estimates = new double[resamples];
        if (statistic instanceof MeanContrast contrast && contrast.groupCount() == groups.length) {
            for (int b = 0; b < resamples; b++) {
                estimates[b] = contrast.ofDraws(groups, random);
            }
        } else {
            resample(statistic, groups, scratch, random, estimates);
        }
        double tail = (1 - level) / 2;
        double low = Percentiles.type7InPlace(estimates, tail);
        return new Interval(low, Percentiles.type7InPlace(estimates, 1 - tail));
    }

    /** Draws every group's values with replacement into {@code scratch} and records the statistic, resample by resample. */
    private static void resample(Statistic statistic, double[][] groups, double[][] scratch, SplittableRandom random,
            double[] estimates) {
        for (int b = 0; b < estimates.length; b++) {
            for (int g = 0; g < groups.length; g++) {
                double[] from = groups[g];
                double[] into = scratch[g];
                for (int i = 0; i < into.length; i++) {
                    into[i] = from[random.nextInt(from.length)];
                }
            }
            estimates[b] = statistic.of(scratch);
        }
    }
}
