package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;

class EnvironmentProbeTest {

    @Test
    void recordsTheProfilesWarmUpAndEveryPlannedMethodWarmedUpForLonger() {
        PlanEntry read = new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"), List.of("warm"));
        PlanEntry seekFind = new PlanEntry("org.mmapbench.bench.SeekFindBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"),
                List.of("warm"));
        assertEquals(Map.of("jmh.warmup", "4 x 150 ms", "jmh.warmup.SeekFindBenchmark.fair", "12 x 150 ms"),
                EnvironmentProbe.warmups(new RunPlan(BenchProfile.QUICK, List.of(read, seekFind), TestCorpusSizes.MANIFEST)));
        assertEquals(Map.of("jmh.warmup", "4 x 150 ms"),
                EnvironmentProbe.warmups(new RunPlan(BenchProfile.QUICK, List.of(read), TestCorpusSizes.MANIFEST)),
                "a method the plan does not run is not recorded");
        assertEquals(Map.of("jmh.warmup", "2 x 200 ms"),
                EnvironmentProbe.warmups(new RunPlan(BenchProfile.STANDARD, List.of(read, seekFind), TestCorpusSizes.MANIFEST)));
    }
}
