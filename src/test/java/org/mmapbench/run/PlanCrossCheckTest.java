package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;

class PlanCrossCheckTest {

    @Test
    void benchmarkNamesMapToCellNames() {
        RunPlan plan = new RunPlan(BenchProfile.QUICK, List.of(
                new PlanEntry("org.mmapbench.bench.FindBenchmark.fair", List.of("don-quixote", "moby-dick"),
                        List.of("readAllBytes", "mappedSegment"), List.of("warm")),
                new PlanEntry("org.mmapbench.bench.SeekFindBenchmark.windowed", List.of("don-quixote"),
                        List.of("channelDirect"), List.of())), TestCorpusSizes.MANIFEST);
        Map<String, Set<String>> cells = PlanCrossCheck.cellsByCorpus(plan);
        assertEquals(Set.of("find/fair/readAllBytes", "find/fair/mappedSegment", "seekFind/windowed/channelDirect"), cells.get("don-quixote"));
        assertEquals(Set.of("find/fair/readAllBytes", "find/fair/mappedSegment"), cells.get("moby-dick"));
    }

    @Test
    void hintBenchmarksAreCheckedAsTheirHintCellsAndCeilingsHaveNoCell() {
        RunPlan plan = new RunPlan(BenchProfile.DEPTH, List.of(
                new PlanEntry("org.mmapbench.bench.HintBenchmark.find", List.of("don-quixote"), List.of(), List.of("cold"), List.of(),
                        Map.of("hint", List.of("madvise-random", "load", "fadvise-noreuse")), org.openjdk.jmh.annotations.Mode.AverageTime),
                new PlanEntry("org.mmapbench.bench.CeilingBenchmark.pread", List.of("english-64MiB"), List.of(), List.of("cold"))),
                TestCorpusSizes.MANIFEST);
        Map<String, Set<String>> cells = PlanCrossCheck.cellsByCorpus(plan);
        assertEquals(Set.of("find/fair/mappedSegment+madvise-random", "find/fair/mappedBuffer+load", "find/windowed/pread+fadvise-noreuse"),
                cells.get("don-quixote"));
        assertEquals(Set.of("don-quixote"), cells.keySet(), "nothing to cross-check for a ceiling");
    }
}
