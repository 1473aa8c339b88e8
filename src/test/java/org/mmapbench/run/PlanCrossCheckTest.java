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
}
