package org.mmapbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MannKendallTest {

    @Test
    void aStrictlyRisingSeriesHasTheSmallestExactPValue() {
        MannKendall.Result r = MannKendall.test(new double[] {1, 2, 3, 4, 5});
        assertEquals(10, r.s());
        assertTrue(r.exact());
        assertEquals(2.0 / 120, r.p(), 1e-12); // only the sorted and the reversed order reach |S| = 10
        assertEquals(2.0 / 3628800, MannKendall.test(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}).p(), 1e-15);
        assertTrue(MannKendall.test(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}).falling(0.01));
    }

    @Test
    void exactPValueCountsInversions() {
        // S = 4 for 1 2 4 3; of the 24 orders of 4 values, 1 has no inversion and 3 have one: P(|S| >= 4) = 8/24
        MannKendall.Result r = MannKendall.test(new double[] {1, 2, 4, 3});
        assertEquals(4, r.s());
        assertEquals(8.0 / 24, r.p(), 1e-12);
        assertFalse(r.rising(0.05));
        assertEquals(1, MannKendall.test(new double[] {2, 1, 3}).p(), 1e-12); // S = 1 - 1 + 1 = 1; every order has |S| >= 1
    }

    @Test
    void tiesUseTheCorrectedNormalApproximation() {
        // 1 2 2 3: S = 5, Var = (4*3*13 - 2*1*9) / 18 = 7.667, z = (5 - 1) / sqrt(7.667) = 1.4446, p = 0.14856
        MannKendall.Result r = MannKendall.test(new double[] {1, 2, 2, 3});
        assertEquals(5, r.s());
        assertFalse(r.exact());
        assertEquals(138.0 / 18, r.variance(), 1e-12);
        assertEquals(0.148562, r.p(), 1e-6);
        assertEquals(1, MannKendall.test(new double[] {4, 4, 4}).p());
    }

    @Test
    void exactAndApproximateAgreeForALongerSeries() {
        double[] x = new double[40];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian() + 0.02 * i;
        }
        MannKendall.Result exact = MannKendall.test(x);
        double z = (exact.s() - Math.signum((double) exact.s())) / Math.sqrt(exact.variance());
        double normal = 2 * org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));
        assertTrue(exact.exact());
        assertEquals(normal, exact.p(), 0.01);
    }

    @Test
    void falseAlarmRateOfNoiseIsAboutAlpha() {
        SplittableRandom r = new SplittableRandom(17);
        int flagged = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[10];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextGaussian();
            }
            if (MannKendall.test(x).p() < 0.05) {
                flagged++;
            }
        }
        // exact test of a discrete statistic: at most alpha, here about 4%
        assertTrue(flagged > 0.025 * trials && flagged <= 0.055 * trials, "flagged " + flagged + " of " + trials);
    }

    @Test
    void needsThreeValuesWithoutNaN() {
        assertThrows(IllegalArgumentException.class, () -> MannKendall.test(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> MannKendall.test(new double[] {1, Double.NaN, 2}));
    }
}
