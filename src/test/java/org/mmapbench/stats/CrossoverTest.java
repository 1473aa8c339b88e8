package org.mmapbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Crossover interpolation and its bootstrap interval, on speedups whose crossing is known. */
class CrossoverTest {
    private static final double KIB = 1024;
    private static final double MIB = 1024 * 1024;
    private static final double[] SWEEP = {4 * KIB, 64 * KIB, MIB, 16 * MIB, 256 * MIB};

    /** A speedup that is a power of size, crossing 1 at {@code x0}: a straight line in log-log. */
    private static double power(double x, double x0, double slope) {
        return Math.pow(x / x0, slope);
    }

    @Test
    void aheadEverywhereIsAlways() {
        Crossover c = Crossover.of(SWEEP, new double[] {1.01, 1.5, 2, 3, 9});
        assertEquals(Crossover.Kind.ALWAYS, c.kind());
        assertEquals(0, c.crossings());
        assertEquals(Double.NEGATIVE_INFINITY, c.overtakingLog());
    }

    @Test
    void behindOrLevelEverywhereIsNever() {
        assertEquals(Crossover.Kind.NEVER, Crossover.of(SWEEP, new double[] {0.2, 0.5, 0.8, 0.9, 0.99}).kind());
        Crossover level = Crossover.of(SWEEP, new double[] {1, 1, 1, 1, 1});
        assertEquals(Crossover.Kind.NEVER, level.kind(), "level is not ahead");
        assertEquals(Double.POSITIVE_INFINITY, level.overtakingLog());
    }

    @Test
    void aPowerLawCrossesExactlyWhereItReachesOne() {
        double x0 = 380 * KIB;
        double[] s = new double[SWEEP.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = power(SWEEP[i], x0, 0.7);
        }
        Crossover c = Crossover.of(SWEEP, s);
        assertEquals(Crossover.Kind.AT, c.kind());
        assertEquals(1, c.crossings());
        assertEquals(x0, c.bytes(), x0 * 1e-9, "log-log interpolation is exact on a power law");
        assertEquals(Math.log(x0), c.overtakingLog(), 1e-9);
    }

    @Test
    void interpolationIsLinearInLogSizeAndLogSpeedup() {
        // 0.5 at 100 and 2 at 1000: log speedup -ln2 to +ln2, so the crossing is halfway in log size.
        Crossover c = Crossover.of(new double[] {100, 1000}, new double[] {0.5, 2});
        assertEquals(Math.sqrt(100 * 1000), c.bytes(), 1e-9);
        // 0.25 at 100 and 2 at 1000: two thirds of the way.
        Crossover d = Crossover.of(new double[] {100, 1000}, new double[] {0.25, 2});
        assertEquals(Math.pow(10, 2 + 2.0 / 3), d.bytes(), 1e-9);
    }

    @Test
    void aSpeedupOfExactlyOneAtASweptSizePutsTheCrossingThere() {
        assertEquals(100, Crossover.of(new double[] {100, 1000}, new double[] {1, 2}).bytes(), 0);
        Crossover down = Crossover.of(new double[] {100, 1000}, new double[] {2, 1});
        assertEquals(Crossover.Kind.FALLS_BEHIND, down.kind());
        assertEquals(1000, down.bytes(), 0);
    }

    @Test
    void withSeveralCrossingsTheLastOneDecides() {
        // behind, ahead, behind, ahead: the last upward crossing is between 100 and 1000.
        Crossover c = Crossover.of(new double[] {1, 10, 100, 1000}, new double[] {0.5, 2, 0.5, 2});
        assertEquals(Crossover.Kind.AT, c.kind());
        assertEquals(3, c.crossings());
        assertEquals(Math.sqrt(100 * 1000), c.bytes(), 1e-9);
    }

    @Test
    void aheadThenBehindAtTheTopFallsBehind() {
        Crossover c = Crossover.of(new double[] {100, 10_000}, new double[] {2, 0.5});
        assertEquals(Crossover.Kind.FALLS_BEHIND, c.kind());
        assertEquals(1000, c.bytes(), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, c.overtakingLog(), "mapped does not stay ahead within the sweep");
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Crossover.of(new double[] {100}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Crossover.of(new double[] {100, 100}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Crossover.of(new double[] {100, 10}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Crossover.of(new double[] {10, 100}, new double[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> Crossover.of(new double[] {10, 100}, new double[] {Double.NaN, 2}));
        assertThrows(IllegalArgumentException.class, () -> Crossover.of(new double[] {10, 100}, new double[] {1}));
    }

    /** Per-fork times of a baseline and a challenger whose true speedup is {@code power(x, x0, slope)}, with noise. */
    private static double[][][] forks(double x0, double slope, int forks, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] baseline = new double[SWEEP.length][forks];
        double[][] challenger = new double[SWEEP.length][forks];
        for (int i = 0; i < SWEEP.length; i++) {
            double time = SWEEP[i] / 1e9;
            for (int f = 0; f < forks; f++) {
                baseline[i][f] = time * (1 + noise * (2 * r.nextDouble() - 1));
                challenger[i][f] = time / power(SWEEP[i], x0, slope) * (1 + noise * (2 * r.nextDouble() - 1));
            }
        }
        return new double[][][] {baseline, challenger};
    }

    @Test
    void theIntervalOfANoisyPowerLawCoversItsCrossingAndStaysBetweenTheSizesAroundIt() {
        double x0 = 380 * KIB;
        double[][][] f = forks(x0, 0.5, 5, 0.05, 1);
        Interval ci = Crossover.interval(Bootstrap.DEFAULT, "power", SWEEP, f[0], f[1], false);
        assertTrue(ci.known());
        assertTrue(ci.contains(Math.log(x0)), "95% CI " + ci.exp() + " covers " + x0);
        assertTrue(ci.low() > Math.log(64 * KIB) && ci.high() < Math.log(MIB), "5% noise cannot move the crossing out of (64 KiB, 1 MiB): " + ci.exp());
    }

    @Test
    void noEffectAtAllGivesAnIntervalThatReachesBeyondTheSweep() {
        // A true speedup of 1 everywhere: resamples are ahead at the top about half the time and behind the
        // other half, so the interval must run off the sweep on the upper side.
        double[][][] f = forks(1, 0, 5, 0.05, 2);
        Interval ci = Crossover.interval(Bootstrap.DEFAULT, "flat", SWEEP, f[0], f[1], false);
        assertTrue(ci.known());
        assertEquals(Double.POSITIVE_INFINITY, ci.high(), ci.toString());
    }

    @Test
    void throughputsGiveTheSameIntervalAsTheirReciprocalTimes() {
        double[][][] f = forks(380 * KIB, 0.5, 5, 0.05, 3);
        double[][][] inverse = new double[2][SWEEP.length][];
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < SWEEP.length; i++) {
                inverse[side][i] = f[side][i].clone();
                for (int k = 0; k < inverse[side][i].length; k++) {
                    inverse[side][i][k] = 1 / inverse[side][i][k];
                }
            }
        }
        Interval time = Crossover.interval(Bootstrap.DEFAULT, "k", SWEEP, f[0], f[1], false);
        Interval rate = Crossover.interval(Bootstrap.DEFAULT, "k", SWEEP, inverse[0], inverse[1], true);
        assertEquals(time.low(), rate.low(), 1e-9);
        assertEquals(time.high(), rate.high(), 1e-9);
    }

    @Test
    void fewerThanFiveForksGiveNoInterval() {
        double[][][] f = forks(380 * KIB, 0.5, 4, 0.05, 4);
        assertSame(Interval.NONE, Crossover.interval(Bootstrap.DEFAULT, "few", SWEEP, f[0], f[1], false));
        assertFalse(Crossover.interval(Bootstrap.DEFAULT, "few", SWEEP, f[0], f[1], false).known());
    }
}
