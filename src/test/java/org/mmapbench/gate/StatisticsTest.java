package org.mmapbench.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;

/** The gate's side of the statistics: sample extraction from metrics, the verdict rule and environment comparison (the rest is tested in {@code stats}). */
class StatisticsTest {

    private static Metric metric(String name, double... forkMedians) {
        return new Metric(name, "us/op", 1, 0, java.util.Arrays.stream(forkMedians).mapToObj(ForkSamples::of).toList());
    }

    @Test
    void extractionTakesLogsOfForkMedians() {
        Metric m = new Metric("primary", "us/op", 1, 0, List.of(ForkSamples.of(1, 2, 30), ForkSamples.of(4, 4, 5),
                ForkSamples.of(8, 9, 7)));
        LogSample s = LogSample.extract(m).sample();
        assertArrayEquals(new double[] {Math.log(2), Math.log(4), Math.log(8)}, s.logs().values(), 1e-12);
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
        assertArrayEquals(new double[] {0, 0, 0}, s.logs().values(), 0);
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
