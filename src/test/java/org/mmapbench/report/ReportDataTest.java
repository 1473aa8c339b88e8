package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.BenchMode;

/** The computed content: rows, speedups, tutorial and headlines against hand-checked values. */
class ReportDataTest {

    @Test
    void rowsCoverEveryMetricAndComputeGbPerSecondAndAllocation() {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        ResultRow find = d.primaryRows().stream()
                .filter(r -> r.result().benchmark().endsWith("FindBenchmark.fair") && "don-quixote".equals(r.result().param("corpus"))
                        && "mappedSegment".equals(r.result().param("strategy")))
                .findFirst().orElseThrow();
        assertEquals(3, find.forks());
        assertEquals(9, find.samples());
        assertEquals(2_347_853, find.corpusBytes());
        // Fork medians 40.3059, 39.7159 and 41.1306 us; 2,347,853 B / 40.3059 us = 58.25 GB/s.
        assertEquals(40.3059, find.median(), 1e-9);
        assertEquals(58.25, find.gbPerSecond(), 0.005);
        assertEquals(96.0, find.allocBytesPerOp());
        assertEquals("bootstrap-forks", find.ciMethod());
        assertTrue(find.ci().contains(find.median()));
        ResultRow noRaw = d.primaryRows().stream().filter(r -> r.runId().equals("tiny-norawdata")).findFirst().orElseThrow();
        assertTrue(noRaw.lowerConfidence());
        assertEquals("jmh-t95", noRaw.ciMethod());
        assertTrue(noRaw.ci().high() - noRaw.score() < noRaw.error(), "a 95% half-width is narrower than JMH's 99.9%");
        int metrics = 0;
        for (var run : d.runs()) {
            for (var r : run.results()) {
                metrics += 1 + r.secondary().size();
            }
        }
        assertEquals(metrics, d.rows().size());
    }

    @Test
    void speedupsTutorialAndHeadlines() {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        SpeedupRow find = d.speedups().stream()
                .filter(s -> s.workload().equals("find") && s.variant().equals("fair") && s.corpus().equals("don-quixote"))
                .findFirst().orElseThrow();
        // readAllBytes fork medians 807.4611, 798.0249, 788.7142 us against mappedSegment's 40.3059 us.
        assertEquals(798.0249, find.regularCentral(), 1e-9);
        assertEquals(40.3059, find.mappedCentral(), 1e-9);
        assertEquals(19.799, find.ratio(), 0.0005);
        assertEquals("mapped faster", find.verdict());
        assertEquals("warm", find.cache());
        assertEquals(BenchMode.AVERAGE_TIME, find.mode());

        List<TutorialRow> t = d.tutorial();
        assertEquals(List.of("read", "find", "regex", "seek-find", "find-and-replace"), t.stream().map(TutorialRow::comparison).toList());
        assertEquals(List.of(4.0, 20.0, 1.4, 25.0, 0.7), t.stream().map(TutorialRow::articleRatio).toList());
        for (TutorialRow r : t) {
            assertNotNull(r.fair(), r.comparison());
            assertNotNull(r.idiomatic(), r.comparison());
        }
        assertEquals("inconclusive", t.get(2).fair().verdict(), "regex is built with no difference");
        assertEquals("mapped slower", t.get(4).fair().verdict());

        String findHeadline = d.headlines().get(1);
        assertTrue(findHeadline.startsWith("On don-quixote (2.35 MB), warm cache, mapped find (mappedSegment, fair variant) is "), findHeadline);
        assertTrue(findHeadline.contains("x faster than readAllBytes (95% CI "), findHeadline);
        assertTrue(d.headlines().get(2).contains("no clear difference") && d.headlines().get(2).contains("spans 1"), d.headlines().get(2));
        assertTrue(d.headlines().get(4).contains("is slower than readAllBytes"), d.headlines().get(4));
        assertTrue(d.multipleEnvironments());
    }

    @Test
    void tutorialRowsCarryPythonLiteralAndTheFixedContender() {
        ReportData d = ReportData.of(List.of(org.mmapbench.results.JmhJsonReader.read(Fixtures.jmh("synthetic/tutorial-don-quixote.json"))),
                TestCorpusSizes.MANIFEST);
        assertEquals("3.11.7", d.python().pythonVersion());
        for (TutorialRow r : d.tutorial()) {
            assertTrue(r.python() != null && r.literal() != null && r.contender() != null, r.comparison());
            assertEquals("pread", r.contender().regularStrategy(), "the contender is fixed, not the best regular cell");
            assertEquals("fair", r.contender().variant());
            assertEquals("mappedSegment", r.contender().mappedStrategy());
            assertEquals(List.of("mappedBuffer", "readString"), List.of(r.literal().mappedStrategy(), r.literal().regularStrategy()));
        }
    }

    @Test
    void tutorialRowsNameWhyWhenNotMeasured() {
        ReportData d = ReportData.of(List.of(org.mmapbench.results.JmhJsonReader.read(Fixtures.jmh("real/tiny-allmodes-gc.json"))), TestCorpusSizes.MANIFEST);
        for (TutorialRow r : d.tutorial()) {
            assertNull(r.fair());
            assertTrue(r.fairNote().startsWith("not measured: "), r.fairNote());
        }
        assertTrue(d.headlines().get(0).startsWith("These results hold no mapped-vs-regular pairs"), d.headlines().get(0));
        assertNull(d.python());
        assertTrue(d.headlines().get(d.headlines().size() - 1).startsWith("The article's Python functions were not timed"),
                "absent python.json is one line, not an error");
        for (TutorialRow r : d.tutorial()) {
            assertNull(r.python());
            assertNull(r.contender());
            assertTrue(r.contenderNote().startsWith("not measured: ") && r.literalNote().startsWith("not measured: "), r.contenderNote());
        }
        assertEquals("tiny-allmodes-gc", d.reportId());
    }
}
