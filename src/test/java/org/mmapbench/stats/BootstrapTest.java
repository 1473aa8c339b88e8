package org.mmapbench.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final double[] REGULAR = {100, 104, 98, 101, 99};
    private static final double[] MAPPED = {10, 11, 9.5, 10.2, 10.1};

    @Test
    void theMedianOfTwoValuesHasAKnownBootstrapDistribution() {
        // Resamples of {0, 1}: median 0, 0.5, 1 with probabilities 1/4, 1/2, 1/4. The 30% and 70%
        // percentiles (level 0.4) therefore lie in the middle atom, the 10% and 90% ones (level 0.8) at the ends.
        assertEquals(new Interval(0.5, 0.5), new Bootstrap(2000, 42, 0.4).interval("k", Statistic.median(), new double[] {0, 1}));
        assertEquals(new Interval(0, 1), new Bootstrap(2000, 42, 0.8).interval("k", Statistic.median(), new double[] {0, 1}));
    }

    @Test
    void intervalIsTheType7PercentileOfTheSeededResampleStream() {
        // The documented policy, replayed by hand: seed = base ^ (key.hashCode() * golden gamma), groups
        // drawn in order, type-7 percentiles at 2.5% and 97.5%.
        SplittableRandom random = new SplittableRandom(42L ^ ((long) "row".hashCode() * 0x9E3779B97F4A7C15L));
        double[] stats = new double[500];
        for (int b = 0; b < stats.length; b++) {
            double[] r = new double[5];
            double[] m = new double[5];
            for (int i = 0; i < 5; i++) {
                r[i] = REGULAR[random.nextInt(5)];
            }
            for (int i = 0; i < 5; i++) {
                m[i] = MAPPED[random.nextInt(5)];
            }
            stats[b] = Percentiles.median(r) / Percentiles.median(m);
        }
        Arrays.sort(stats);
        // h = 499 * 0.025 = 12.475
        double low = stats[12] + 0.475 * (stats[13] - stats[12]);
        double high = stats[486] + 0.525 * (stats[487] - stats[486]);
        Interval ci = new Bootstrap(500, 42, 0.95).interval("row", Statistic.medianRatio(), REGULAR, MAPPED);
        assertEquals(low, ci.low(), 1e-12);
        assertEquals(high, ci.high(), 1e-12);
    }

    @Test
    void pinnedIntervalOfAFixedSample() {
        // Sealed values: a change of the percentile definition, the seeding policy or the draw order shows here.
        Interval ci = Bootstrap.DEFAULT.interval("k", Statistic.meanContrast(new double[] {1, -1}), REGULAR, MAPPED);
        assertEquals(PINNED_LOW, ci.low(), 1e-12);
        assertEquals(PINNED_HIGH, ci.high(), 1e-12);
    }

    private static final double PINNED_LOW = 88.53999999999999;
    private static final double PINNED_HIGH = 92.28;

    @Test
    void theSeedAndTheKeyChooseTheStream() {
        Statistic difference = Statistic.meanContrast(new double[] {1, -1});
        Interval a = Bootstrap.DEFAULT.interval("k", difference, REGULAR, MAPPED);
        assertEquals(a, Bootstrap.DEFAULT.interval("k", difference, REGULAR, MAPPED));
        assertNotEquals(a, new Bootstrap(2000, 43, 0.95).interval("k", difference, REGULAR, MAPPED));
        assertNotEquals(a, Bootstrap.DEFAULT.interval("other", difference, REGULAR, MAPPED));
        assertEquals(42L ^ ((long) "k".hashCode() * 0x9E3779B97F4A7C15L), Bootstrap.seed(42, "k"));
    }

    @Test
    void meanContrastOfLogsGivesTheGatesDifference() {
        Sample base = new Sample(new double[] {0, 0.02, -0.01, 0.03, 0.01});
        Sample cand = new Sample(new double[] {0.1, 0.12, 0.08, 0.11, 0.09});
        Contrast c = Contrast.difference(base, cand);
        assertEquals(0.09, Statistic.meanContrast(c.signs()).of(c.values()), 1e-12);
        Interval ci = Bootstrap.DEFAULT.interval("c", Statistic.meanContrast(c.signs()), c.values());
        assertTrue(ci.low() > 0.07 && ci.high() < 0.11, ci.toString());
    }

    @Test
    void coversTheTruthAboutAsOftenAsClaimedAtTenForks() {
        SplittableRandom r = new SplittableRandom(11);
        int covered = 0;
        int trials = 400;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[10];
            double[] b = new double[10];
            for (int i = 0; i < 10; i++) {
                a[i] = 0.03 * r.nextGaussian();
                b[i] = 0.05 + 0.03 * r.nextGaussian();
            }
            Contrast c = Contrast.difference(new Sample(a), new Sample(b));
            Interval ci = new Bootstrap(1000, t, 0.95).interval("row", Statistic.meanContrast(c.signs()), c.values());
            if (ci.contains(0.05)) {
                covered++;
            }
        }
        // Percentile bootstrap is a little narrow at small n: expect 90-97%.
        assertTrue(covered >= 0.90 * trials && covered <= 0.97 * trials, "covered " + covered + " of " + trials);
    }

    @Test
    void oneValueHasNoInterval() {
        assertFalse(Bootstrap.DEFAULT.interval("x", Statistic.median(), new double[] {5}).known());
        assertFalse(Bootstrap.DEFAULT.interval("x", Statistic.medianRatio(), REGULAR, new double[] {5}).known());
    }

    @Test
    void rejectsTooFewResamplesAndLevelsOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(99, 42, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(2000, 42, 1));
    }

    @Test
    void statisticsSeeTheirGroupsInOrder() {
        assertEquals(10, Statistic.medianRatio().of(new double[][] {{100, 90, 110}, {10, 9, 11}}), 1e-12);
        assertArrayEquals(new double[][] {{1, 2}}, new Contrast(List.of(new Sample(new double[] {1, 2})), new double[] {1}).values());
    }
}
