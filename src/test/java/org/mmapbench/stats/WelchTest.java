package org.mmapbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;

class WelchTest {

    @Test
    void matchesTheTextbookExample() {
        // Wikipedia, "Welch's t-test", example 1: t = -2.46, df = 25.0, p = 0.021.
        Sample a1 = new Sample(new double[] {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4});
        Sample a2 = new Sample(new double[] {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4});
        Welch.Result r = Welch.test(Contrast.difference(a2, a1));
        assertEquals(-2.455, r.statistic(), 0.001);
        assertEquals(24.99, r.degreesOfFreedom(), 0.01);
        assertEquals(0.0214, r.p(), 0.0001);
    }

    @Test
    void matchesCommonsStatisticsTTestForTwoGroups() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            double[] a = new double[3 + trial % 5];
            double[] b = new double[5 + trial % 3];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextGaussian() * 0.05;
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = 0.03 + r.nextGaussian() * 0.02;
            }
            Welch.Result ours = Welch.test(Contrast.difference(new Sample(a), new Sample(b)));
            TTest.Result ref = TTest.withDefaults().test(b, a);
            assertEquals(ref.getStatistic(), ours.statistic(), 1e-9);
            assertEquals(ref.getDegreesOfFreedom(), ours.degreesOfFreedom(), 1e-9);
            assertEquals(ref.getPValue(), ours.p(), 1e-12);
        }
    }

    @Test
    void withoutSpreadThePValueIsExact() {
        Sample one = new Sample(new double[] {1, 1, 1});
        Sample two = new Sample(new double[] {2, 2, 2});
        assertEquals(1, Welch.test(Contrast.difference(one, one)).p());
        assertEquals(0, Welch.test(Contrast.difference(one, two)).p());
    }

    @Test
    void pValueCanReachTheHolmLevelForSixtyRowsAtFiveForks() {
        // The reason the gate uses it: exact Mann-Whitney at 5 v 5 cannot go below 2/252.
        Sample a = new Sample(new double[] {0.00, 0.03, -0.03, 0.01, -0.01});
        Sample b = new Sample(new double[] {0.20, 0.23, 0.17, 0.21, 0.19});
        assertTrue(Welch.test(Contrast.difference(a, b)).p() < 0.05 / 60);
    }

    @Test
    void aContrastOfFourGroupsSumsTheirVariancesOfTheMean() {
        Sample a = new Sample(new double[] {1, 2, 3});        // mean 2, variance 1
        Sample b = new Sample(new double[] {2, 4, 6, 8});     // mean 5, variance 20/3
        Contrast c = new Contrast(List.of(a, b, a, b), new double[] {1, -1, -1, 1});
        assertEquals(0, c.estimate(), 1e-12);
        double v = 2 * (1.0 / 3) + 2 * (20.0 / 3 / 4);
        assertEquals(Math.sqrt(v), c.standardError(), 1e-12);
        double df = v * v / (2 * (1.0 / 9) / 2 + 2 * (25.0 / 9) / 3);
        assertEquals(df, c.degreesOfFreedom(), 1e-12);
    }

    @Test
    void sampleMeanAndVarianceOfAKnownSet() {
        Sample s = new Sample(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(5, s.mean(), 1e-12);
        assertEquals(32.0 / 7, s.variance(), 1e-12);
        assertEquals(0, new Sample(new double[] {3}).variance());
    }
}
