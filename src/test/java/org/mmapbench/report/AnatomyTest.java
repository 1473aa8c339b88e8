package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mmapbench.report.Anatomy.Status;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.RunResults;

class AnatomyTest {

    private static Anatomy.Side side(List<Anatomy.Comparison> cs, String workload, String strategy) {
        return cs.stream().filter(c -> c.spec().workload().equals(workload)).findFirst().orElseThrow()
                .sides().stream().filter(s -> s.spec().strategy().equals(strategy)).findFirst().orElseThrow();
    }

    @Test
    void theFiveComparisonsOfTheArticleEachHaveTheRegularSideAndBothMappedOnes() {
        assertEquals(List.of("read", "find", "regex", "seekFind", "replace"),
                Anatomy.COMPARISONS.stream().map(Anatomy.ComparisonSpec::workload).toList());
        for (Anatomy.ComparisonSpec c : Anatomy.COMPARISONS) {
            assertEquals(List.of("readAllBytes", "mappedSegment", "mappedBuffer"), c.sides().stream().map(Anatomy.SideSpec::strategy).toList());
            c.sides().forEach(s -> assertTrue(s.steps().contains(AnatomyStep.OPEN_CLOSE), c.workload() + "/" + s.strategy()));
        }
    }

    @Test
    void onlyMappedSegmentPaysAnUnmapInsideTheOperation() {
        for (Anatomy.ComparisonSpec c : Anatomy.COMPARISONS) {
            for (Anatomy.SideSpec s : c.sides()) {
                boolean unmaps = s.steps().contains(AnatomyStep.UNMAP_CONFINED) || s.steps().contains(AnatomyStep.UNMAP_CONFINED_ONE_PAGE);
                assertEquals(s.strategy().equals("mappedSegment") && !c.workload().equals("replace"), unmaps, c.workload() + "/" + s.strategy());
                if (s.strategy().equals("mappedBuffer")) {
                    assertTrue(s.notPriced().contains("garbage collection"), "mappedBuffer's deferred unmap is named: " + s.notPriced());
                }
            }
        }
    }

    @Test
    void everyStatusIsReachedWithTheRightFigures() {
        List<Anatomy.Comparison> cs = Anatomy.of(AnatomyFixtures.runs());
        Anatomy.Side read = side(cs, "read", "readAllBytes");
        assertEquals(Status.EXPLAINED, read.status());
        assertEquals(385, read.sumMicros(), 1e-9);
        assertEquals(400, read.whole().micros(), 1e-9);
        assertEquals(385.0 / 400, read.explained(), 1e-12);
        assertEquals(15, read.otherMicros(), 1e-9);
        assertEquals("anatomy-run", read.whole().runId());
        assertEquals(Status.EXPLAINED, side(cs, "read", "mappedSegment").status());

        Anatomy.Side over = side(cs, "read", "mappedBuffer");
        assertEquals(Status.OVER, over.status());
        assertEquals(0, over.otherMicros(), "no negative residual");
        assertEquals(37, over.liveMappings());
        assertTrue(over.sentence(Anatomy.COMPARISONS.get(0)).contains("131%"), over.sentence(Anatomy.COMPARISONS.get(0)));

        Anatomy.Side missing = side(cs, "find", "mappedSegment");
        assertEquals(Status.MISSING, missing.status());
        String sentence = missing.sentence(Anatomy.COMPARISONS.get(1));
        assertTrue(sentence.contains("38%") && sentence.contains("less than 80%") && sentence.contains("not priced"), sentence);

        Anatomy.Side incomplete = side(cs, "regex", "readAllBytes");
        assertEquals(Status.INCOMPLETE, incomplete.status(), "regexHeap on another corpus does not count");
        assertEquals(List.of(AnatomyStep.REGEX_HEAP), incomplete.missingSteps());
        assertTrue(incomplete.sentence(Anatomy.COMPARISONS.get(2)).contains("AnatomyKernelBenchmark.regexHeap"));

        Anatomy.Side notMeasured = side(cs, "seekFind", "mappedSegment");
        assertEquals(Status.NOT_MEASURED, notMeasured.status());
        assertNull(notMeasured.whole());
        assertTrue(Double.isNaN(notMeasured.explained()));
        assertTrue(notMeasured.sentence(Anatomy.COMPARISONS.get(3)).contains("SeekFindBenchmark.fair"));

        Anatomy.Side replace = side(cs, "replace", "readAllBytes");
        assertEquals(Status.MISSING, replace.status());
        assertTrue(replace.sentence(Anatomy.COMPARISONS.get(4)).contains("fsync"), "names what replace does that no step prices");
    }

    @Test
    void theWarmWholeOperationIsUsedNotTheColdOne() {
        assertEquals(400, side(Anatomy.of(AnatomyFixtures.runs()), "read", "readAllBytes").whole().micros(), 1e-9);
    }

    @Test
    void theResidualIsShownButNeverCountsAsExplained() {
        // Steps of 70 µs against a whole of 100 µs: the bar reaches 100 with "other", yet only 70% is explained.
        List<BenchmarkResult> r = new ArrayList<>();
        r.add(AnatomyFixtures.result("ReadBenchmark", "fair", 100, Map.of("strategy", "mappedSegment", "cache", "warm"), 0));
        double[] steps = {10, 5, 25, 20, 10};
        String[][] names = {{"AnatomyChannelBenchmark", "openClose"}, {"AnatomyMapBenchmark", "map"}, {"AnatomyMapBenchmark", "firstTouch"},
            {"AnatomyKernelBenchmark", "readMapped"}, {"AnatomyUnmapBenchmark", "closeConfined"}};
        for (int i = 0; i < steps.length; i++) {
            r.add(AnatomyFixtures.result(names[i][0], names[i][1], steps[i], Map.of(), -1));
        }
        Anatomy.Side s = side(Anatomy.of(List.of(new RunResults("x", Path.of("x.json"), EnvironmentInfo.of(Map.of()), r))),
                "read", "mappedSegment");
        assertEquals(70, s.sumMicros(), 1e-9);
        assertEquals(30, s.otherMicros(), 1e-9);
        assertEquals(0.7, s.explained(), 1e-12);
        assertEquals(Status.MISSING, s.status(), "the residual fills the bar but explains nothing");
        assertEquals(s.whole().micros(), s.sumMicros() + s.otherMicros(), 1e-9, "the stacked bar's parts sum to the whole");
    }

    @Test
    void theBoundariesOfTheCheckAreInclusive() {
        double[] shares = {80, 79.9, 120, 120.1};
        boolean[] explained = {true, false, true, false};
        for (int i = 0; i < shares.length; i++) {
            List<BenchmarkResult> r = new ArrayList<>();
            r.add(AnatomyFixtures.result("ReadBenchmark", "fair", 100, Map.of("strategy", "mappedSegment", "cache", "warm"), 0));
            r.add(AnatomyFixtures.result("AnatomyChannelBenchmark", "openClose", shares[i], Map.of(), -1));
            for (String[] n : new String[][] {{"AnatomyMapBenchmark", "map"}, {"AnatomyMapBenchmark", "firstTouch"},
                {"AnatomyKernelBenchmark", "readMapped"}, {"AnatomyUnmapBenchmark", "closeConfined"}}) {
                r.add(AnatomyFixtures.result(n[0], n[1], 0, Map.of(), -1));
            }
            Status got = side(Anatomy.of(List.of(new RunResults("x", Path.of("x.json"), EnvironmentInfo.of(Map.of()), r))),
                    "read", "mappedSegment").status();
            assertEquals(explained[i], got == Status.EXPLAINED, shares[i] + "% gave " + got);
        }
    }

    @Test
    void withoutAnatomyResultsNothingIsMeasuredAndEveryStepClassIsNamed() {
        List<Anatomy.Comparison> cs = Anatomy.of(List.of(new RunResults("e", Path.of("e.json"), EnvironmentInfo.of(Map.of()), List.of())));
        assertFalse(Anatomy.anyMeasured(cs));
        Set<String> classes = new TreeSet<>();
        for (AnatomyStep s : AnatomyStep.values()) {
            classes.add(s.benchmarkClass());
        }
        assertEquals(classes, new TreeSet<>(Anatomy.stepClasses()));
    }
}
