package org.mmapbench.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;

/** The statistics core: sample extraction, Welch's test, bootstrap, Holm, MDE and the verdict rule. */
class StatisticsTest {

    private static Metric metric(String name, double... forkMedians) {
        return new Metric(name, "us/op", 1, 0, java.util.Arrays.stream(forkMedians).mapToObj(ForkSamples::of).toList());
    }

    @Test
    void extractionTakesLogsOfForkMedians() {
        Metric m = new Metric("primary", "us/op", 1, 0, List.of(ForkSamples.of(1, 2, 30), ForkSamples.of(4, 4, 5),
                ForkSamples.of(8, 9, 7)));
        LogSample s = LogSample.extract(m).sample();
        assertArrayEquals(new double[] {Math.log(2), Math.log(4), Math.log(8)}, s.logs(), 1e-12);
        assertEquals(4, s.centre(), 1e-12);
    }

    @Test
    void extractionExplainsWhyARowCannotBeTested() {
        assertTrue(LogSample.extract(new Metric("primary", "us/op", 1, 0, List.of())).problem().contains("raw data"));
        assertTrue(LogSample.extract(metric("primary", 1, 2)).problem().contains("at least 3"));
        assertTrue(LogSample.extract(metric("primary", 1, Double.NaN, 2)).problem().contains("fork 2"));
        assertTrue(LogSample.extract(metric("primary", 1, 0, 2)).problem().contains("non-positive"));
    }

    @Test
    void allocationBelowOneByteCountsAsOneByte() {
        LogSample s = LogSample.extract(metric("gc.alloc.rate.norm", 0, 0.01, 1e-5)).sample();
        assertNotNull(s);
        assertArrayEquals(new double[] {0, 0, 0}, s.logs(), 0);
    }

    @Test
    void welchMatchesCommonsStatisticsTTest() {
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
            WelchTest.Result ours = WelchTest.test(Contrast.difference(new LogSample(a), new LogSample(b)));
            TTest.Result ref = TTest.withDefaults().test(b, a);
            assertEquals(ref.getStatistic(), ours.statistic(), 1e-9);
            assertEquals(ref.getDegreesOfFreedom(), ours.degreesOfFreedom(), 1e-9);
            assertEquals(ref.getPValue(), ours.p(), 1e-12);
        }
    }

    @Test
    void welchWithoutSpreadIsExact() {
        LogSample one = new LogSample(new double[] {1, 1, 1});
        LogSample two = new LogSample(new double[] {2, 2, 2});
        assertEquals(1, WelchTest.test(Contrast.difference(one, one)).p());
        assertEquals(0, WelchTest.test(Contrast.difference(one, two)).p());
    }

    @Test
    void welchPValueCanReachTheHolmLevelForSixtyRowsAtFiveForks() {
        // The reason for choosing it: exact Mann-Whitney at 5 v 5 cannot go below 2/252.
        LogSample a = new LogSample(new double[] {0.00, 0.03, -0.03, 0.01, -0.01});
        LogSample b = new LogSample(new double[] {0.20, 0.23, 0.17, 0.21, 0.19});
        assertTrue(WelchTest.test(Contrast.difference(a, b)).p() < 0.05 / 60);
    }

    @Test
    void bootstrapIsDeterministicAndBracketsTheEstimate() {
        Contrast c = Contrast.difference(new LogSample(new double[] {0, 0.02, -0.01, 0.03, 0.01}),
                new LogSample(new double[] {0.1, 0.12, 0.08, 0.11, 0.09}));
        double[] x = Bootstrap.interval(c, 2000, 42, 0.95);
        double[] y = Bootstrap.interval(c, 2000, 42, 0.95);
        double[] z = Bootstrap.interval(c, 2000, 43, 0.95);
        assertArrayEquals(x, y, 0);
        assertFalse(x[0] == z[0] && x[1] == z[1]);
        assertTrue(x[0] < c.estimate() && c.estimate() < x[1]);
        assertTrue(x[0] > 0.05 && x[1] < 0.13, java.util.Arrays.toString(x));
    }

    @Test
    void bootstrapCoversTheTruthAboutAsOftenAsClaimedAtTenForks() {
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
            double[] ci = Bootstrap.interval(Contrast.difference(new LogSample(a), new LogSample(b)), 1000, t, 0.95);
            if (ci[0] <= 0.05 && 0.05 <= ci[1]) {
                covered++;
            }
        }
        // Percentile bootstrap is a little narrow at small n: expect 90-97%.
        assertTrue(covered >= 0.90 * trials && covered <= 0.97 * trials, "covered " + covered + " of " + trials);
    }

    @Test
    void holmAdjustsStepDownAndKeepsOrder() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.6, 0.9}), 1e-12);
        assertEquals(0, Holm.adjust(new double[0]).length);
    }

    @Test
    void minimumDetectableEffectFollowsItsFormula() {
        assertEquals(0.05, MinimumDetectableEffect.of(0, Double.NaN, 0.05, 60, 0.05), 1e-12);
        double se = 0.019;
        double df = 8;
        double sig = (WelchTest.quantile(1 - 0.05 / 120, df) + WelchTest.quantile(0.8, df)) * se;
        double thr = Math.log1p(0.05) + (WelchTest.quantile(0.975, df) + WelchTest.quantile(0.8, df)) * se;
        assertEquals(Math.expm1(Math.max(sig, thr)), MinimumDetectableEffect.of(se, df, 0.05, 60, 0.05), 1e-12);
        assertTrue(MinimumDetectableEffect.of(0.01, df, 0.05, 60, 0.05) < MinimumDetectableEffect.of(0.02, df, 0.05, 60, 0.05));
        assertTrue(MinimumDetectableEffect.of(0.02, df, 0.05, 1, 0.05) < MinimumDetectableEffect.of(0.02, df, 0.05, 60, 0.05));
    }

    @Test
    void verdictNeedsSignificanceAndTheWholeIntervalBeyondTheThreshold() {
        // lower is better
        assertEquals(Verdict.REGRESSED, VerdictRule.decide(1.06, 1.2, 0.01, 0.05, 0.05, false));
        assertEquals(Verdict.UNCHANGED, VerdictRule.decide(1.04, 1.2, 0.01, 0.05, 0.05, false));
        assertEquals(Verdict.UNCHANGED, VerdictRule.decide(1.06, 1.2, 0.05, 0.05, 0.05, false));
        assertEquals(Verdict.IMPROVED, VerdictRule.decide(0.8, 0.94, 0.01, 0.05, 0.05, false));
        // higher is better
        assertEquals(Verdict.IMPROVED, VerdictRule.decide(1.06, 1.2, 0.01, 0.05, 0.05, true));
        assertEquals(Verdict.REGRESSED, VerdictRule.decide(0.8, 0.94, 0.01, 0.05, 0.05, true));
        assertEquals(Verdict.UNCHANGED, VerdictRule.decide(0.8, 0.96, 0.01, 0.05, 0.05, true));
        assertEquals(Verdict.UNCHANGED, VerdictRule.decide(Double.NaN, Double.NaN, Double.NaN, 0.05, 0.05, true));
    }

    @Test
    void environmentComparisonNamesTheDifferingFingerprintProperties() {
        var a = org.mmapbench.results.EnvironmentInfo.of(java.util.Map.of("cpu.model", "A", "jdk.version", "25",
                "hostname", "x", "corpus.don-quixote.sha256", "aa"));
        var b = org.mmapbench.results.EnvironmentInfo.of(java.util.Map.of("cpu.model", "B", "jdk.version", "25",
                "hostname", "y", "os.kernel", "6.1"));
        EnvironmentComparison c = EnvironmentComparison.of(a, b);
        assertFalse(c.comparable());
        assertEquals(List.of("corpus.don-quixote.sha256: aa -> (unknown)", "cpu.model: A -> B", "os.kernel: (unknown) -> 6.1"),
                c.differences());
        assertTrue(EnvironmentComparison.of(a, a).comparable());
    }
}
