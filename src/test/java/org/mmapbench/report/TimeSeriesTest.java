package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.JmhJsonReader;

/** {@link TimeSeries} on a synthetic huge run (src/test/resources/jmh/synthetic/make_huge_fixture.py). */
class TimeSeriesTest {

    static ReportData huge() {
        return ReportData.of(JmhJsonReader.readAll(List.of(Fixtures.jmh("huge-run"))), TestCorpusSizes.MANIFEST);
    }

    @Test
    void everyIterationOfEveryForkOfTheColdStartBenchmarksInOrder() {
        List<IterationPoint> points = huge().timeSeries();
        assertEquals(2 * 2 * 4, points.size(), "the warm benchmark has no series");
        IterationPoint first = points.get(0);
        assertEquals("read fair mappedSegment", first.cell());
        assertEquals("cache=cold-start;corpus=english-4GiB;strategy=mappedSegment", first.params());
        assertEquals(1, first.fork());
        assertEquals(1, first.iteration());
        assertEquals(4.294967296, first.secondsPerOp(), 1e-9);
        assertEquals(1000, first.mbPerSecond(), 1e-9);
        assertEquals(20000, first.majorFaultsPerOp(), 0);
        assertEquals(4294967296.0, first.readBytesPerOp(), 0);
        IterationPoint fourth = points.get(3);
        assertEquals(4, fourth.iteration());
        assertEquals(250, fourth.mbPerSecond(), 1e-9);
        assertEquals(32000, fourth.majorFaultsPerOp(), 0);
        assertEquals(2, points.get(4).fork());
        assertEquals(1, points.get(4).iteration());
        assertEquals("read windowed pread", points.get(8).cell());
    }

    @Test
    void eachForkSummaryIsItsFirstIterationBesideTheMedianOfTheLaterOnes() {
        List<TimeSeries.ForkSummary> s = TimeSeries.summaries(huge().timeSeries());
        assertEquals(4, s.size());
        TimeSeries.ForkSummary mapped = s.get(0);
        assertEquals(4, mapped.iterations());
        assertEquals(1000, mapped.first().mbPerSecond(), 1e-9);
        assertEquals(400, mapped.laterMbPerSecond(), 1e-9);
        assertEquals(0.4, mapped.laterOverFirst(), 1e-12);
        assertEquals(31000, mapped.laterMajorFaultsPerOp(), 0);
        TimeSeries.ForkSummary mapped2 = s.get(1);
        assertEquals(2, mapped2.first().fork());
        assertEquals(500, mapped2.laterMbPerSecond(), 1e-9);
        TimeSeries.ForkSummary pread = s.get(2);
        assertEquals(950, pread.laterMbPerSecond(), 1e-9);
        assertEquals(0, pread.laterMajorFaultsPerOp(), 0);
    }

    @Test
    void theMemoryLimitOfEachRunIsReportedAsItsEnvironmentRecordedIt() {
        ReportData d = huge();
        assertEquals(List.of("run huge-run: every fork in memory cgroup /sys/fs/cgroup/memory/mmapbench-huge-1-42 (cgroup v1), limit 2147483648"
                + " bytes, peak charge 2147479552 bytes, events: failcnt 123456, oom_kill_disable 0, under_oom 0, oom_kill 0"),
                TimeSeries.limits(d.runs(), d.timeSeries()));
    }

    @Test
    void runsWithoutColdStartBenchmarksHaveNoSeries() {
        ReportData rich = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        assertTrue(rich.timeSeries().isEmpty());
        assertTrue(TimeSeries.limits(rich.runs(), rich.timeSeries()).isEmpty());
    }
}
