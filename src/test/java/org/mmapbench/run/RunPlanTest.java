package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.util.UserInputException;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

class RunPlanTest {

    /** A catalog like the compiled one: find has fair (4 strategies, cache) and windowed (2 regular strategies, no cache). */
    private static BenchmarkCatalog fakeCatalog() {
        TreeMap<String, Map<String, List<String>>> m = new TreeMap<>();
        for (Workload w : Workload.values()) {
            m.put(new BenchmarkName(w, Variant.FAIR).jmhName(), Map.of(
                    "corpus", List.of("don-quixote"),
                    "strategy", List.of("readAllBytes", "channelDirect", "mappedBuffer", "mappedSegment"),
                    "cache", List.of("warm")));
            m.put(new BenchmarkName(w, Variant.IDIOMATIC).jmhName(), Map.of(
                    "corpus", List.of("don-quixote"),
                    "strategy", List.of("readString", "mappedSegment")));
        }
        m.put("org.mmapbench.bench.FindBenchmark.windowed", Map.of(
                "corpus", List.of("don-quixote"),
                "strategy", List.of("bufferedStream", "channelHeap")));
        m.put("org.mmapbench.bench.IpcBenchmark.roundTrip", Map.of(
                "transport", List.of("mappedRing", "unix"),
                "messageSize", List.of("64", "65536")));
        m.put("org.mmapbench.bench.CeilingBenchmark.memoryCopy", Map.of("corpus", List.of("english-64MiB")));
        m.put("org.mmapbench.bench.CeilingBenchmark.pread", Map.of("corpus", List.of("english-64MiB"), "cache", List.of("warm")));
        return new BenchmarkCatalog(m);
    }

    @Test
    void strategiesAreNarrowedToThoseTheStateDeclares() {
        RunPlan plan = RunPlan.of(BenchProfile.QUICK, ".*", fakeCatalog(), TestCorpusSizes.MANIFEST);
        for (PlanEntry e : plan.entries()) {
            assertTrue(e.benchmark().endsWith(".fair"), e.benchmark() + ": this catalog has no literal and no windowed pread cell");
            assertEquals(List.of("readAllBytes", "mappedBuffer", "mappedSegment"), e.strategies(), e.benchmark());
            assertEquals(List.of("warm"), e.caches());
        }
        // 5 workloads x 3 fair
        assertEquals(15, plan.benchmarkCount());
        assertEquals(List.of("don-quixote"), plan.corpora());
        assertEquals(List.of("warm"), plan.cacheStates());
    }

    @Test
    void includeFiltersByBenchmarkName() {
        RunPlan plan = RunPlan.of(BenchProfile.QUICK, "\\.FindBenchmark\\.fair", fakeCatalog(), TestCorpusSizes.MANIFEST); // SeekFindBenchmark.fair would match without the dot
        assertEquals(1, plan.entries().size());
        assertEquals("FindBenchmark.fair", plan.entries().get(0).shortName());
    }

    @Test
    void standardAndTheCeilingsRunColdOnlyWhereACacheParameterExists() {
        List<Selection> selections = new java.util.ArrayList<>(BenchProfile.STANDARD.selections().stream().filter(s -> s.workload() != null).toList());
        selections.addAll(BenchProfile.ceilingSelections());
        RunPlan plan = RunPlan.of(BenchProfile.STANDARD, ".*", fakeCatalog(), TestCorpusSizes.MANIFEST, selections);
        assertTrue(plan.cacheStates().contains("cold"));
        for (PlanEntry e : plan.entries()) {
            if (e.caches().contains("cold")) {
                assertTrue(e.benchmark().endsWith(".fair") || e.benchmark().endsWith("CeilingBenchmark.pread"), e.benchmark());
            }
        }
        assertEquals(List.of(List.of()), plan.entries().stream().filter(e -> e.benchmark().endsWith(".memoryCopy")).map(PlanEntry::caches).toList(),
                "the memory copy has no cache parameter: it runs once, warm");
        assertTrue(plan.corpora().containsAll(List.of("don-quixote", "english-4KiB", "english-256MiB")));
    }

    @Test
    void badOrEmptyIncludeIsAUsageError() {
        UserInputException bad = assertThrows(UserInputException.class, () -> RunPlan.of(BenchProfile.QUICK, "Find(", fakeCatalog(), TestCorpusSizes.MANIFEST));
        assertTrue(bad.getMessage().startsWith("--include: 'Find(' is not a valid regular expression"), bad.getMessage());
        UserInputException none = assertThrows(UserInputException.class, () -> RunPlan.of(BenchProfile.QUICK, "NoSuchBench", fakeCatalog(), TestCorpusSizes.MANIFEST));
        assertEquals("--include: 'NoSuchBench' matches no benchmark of profile quick", none.getMessage());
    }

    @Test
    void aProfileNamingAMissingClassFailsLoudly() {
        BenchmarkCatalog empty = new BenchmarkCatalog(new TreeMap<>());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunPlan.of(BenchProfile.SMOKE, ".*", empty, TestCorpusSizes.MANIFEST));
        assertTrue(e.getMessage().contains("ReadBenchmark"), e.getMessage());
    }

    @Test
    void estimateCountsForksIterationsAndStartUps() {
        RunPlan plan = RunPlan.of(BenchProfile.SMOKE, "ReadBenchmark", fakeCatalog(), TestCorpusSizes.MANIFEST);
        // 2 strategies x 1 fork x (start-up + 1 x 0.1 s + 2 x 0.1 s)
        ForkOverhead measured = new ForkOverhead(1.7, "measured by run x");
        assertEquals(2 * (1.7 + 0.3), plan.estimateSeconds(measured), 1e-9);
        assertEquals(2, plan.forkCount());
        double byDefault = ForkOverhead.byDefault(BenchProfile.SMOKE).seconds();
        assertEquals(ForkOverhead.BASE_SECONDS + ForkOverhead.PRE_TOUCH_SECONDS_PER_GIB, byDefault, 1e-9, "smoke forks have 1 GiB of heap");
        assertEquals(2 * byDefault + ForkOverhead.DEFAULT_ITERATION_FACTOR * 2 * 0.3, plan.estimateSeconds(), 1e-9);
        assertEquals(2 * 0.3, plan.plannedIterationSeconds(), 1e-9);
        ForkOverhead stretched = new ForkOverhead(1.7, 2.5, "measured by run y");
        assertEquals(2 * 1.7 + 2.5 * 2 * 0.3, plan.estimateSeconds(stretched), 1e-9, "the factor stretches the iterations, not the start-ups");
    }

    @Test
    void estimateCountsAMethodsLongerWarmUp() {
        PlanEntry read = new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"), List.of("warm"));
        PlanEntry seekFind = new PlanEntry("org.mmapbench.bench.SeekFindBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"),
                List.of("warm"));
        RunPlan plan = new RunPlan(BenchProfile.QUICK, List.of(read, seekFind), TestCorpusSizes.MANIFEST);
        // 5 forks x (warm-up + 6 x 0.15 s): 4 warm-up iterations for read, 12 for seek-then-find
        assertEquals(5 * (4 + 6) * 0.15, plan.plannedIterationSeconds(read), 1e-9);
        assertEquals(5 * (12 + 6) * 0.15, plan.plannedIterationSeconds(seekFind), 1e-9);
    }

    @Test
    void estimateGrowsWithLongOperations() {
        PlanEntry small = new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair", List.of("english-4KiB"), List.of("mappedSegment"), List.of("warm"));
        PlanEntry huge = new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair", List.of("english-4GiB"), List.of("mappedSegment"), List.of("warm"));
        RunPlan plan = new RunPlan(BenchProfile.FULL, List.of(small, huge), TestCorpusSizes.MANIFEST);
        assertTrue(plan.estimateSeconds(huge) > 5 * plan.estimateSeconds(small));
    }
}
