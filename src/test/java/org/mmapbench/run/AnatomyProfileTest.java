package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.report.AnatomyStep;

/**
 * The cost anatomy in the profiles: every step the report decomposes with is a compiled benchmark
 * that the opt-in {@code depth} profile runs on don-quixote, the small corpora and, for allocation
 * and the kernel copy, the large ones; {@code standard} runs the steps the decomposition uses on don-quixote.
 */
class AnatomyProfileTest {

    private static final BenchmarkCatalog CATALOG = BenchmarkCatalog.compiled();

    private static Set<String> cells(RunPlan plan) {
        Set<String> out = new TreeSet<>();
        plan.entries().forEach(e -> out.addAll(RunPlan.cellsOf(e)));
        return out;
    }

    @Test
    void everyStepOfTheReportIsACompiledBenchmarkThatDepthRunsOnDonQuixote() {
        Set<String> depth = cells(RunPlan.of(BenchProfile.DEPTH, ".*", CATALOG, TestCorpusSizes.MANIFEST));
        for (AnatomyStep s : AnatomyStep.values()) {
            assertTrue(CATALOG.benchmarks().containsKey(s.benchmark()), s.benchmark() + " is compiled");
            assertTrue(depth.stream().anyMatch(c -> c.startsWith(s.benchmark() + " don-quixote ")), s.shortName() + " in depth on don-quixote");
        }
    }

    @Test
    void depthRunsEveryAnatomyStepOnTheThreeCorporaAndTheLargeStepsOnTwoMore() {
        RunPlan plan = RunPlan.of(BenchProfile.DEPTH, "\\.Anatomy", CATALOG, TestCorpusSizes.MANIFEST);
        for (String corpus : List.of("english-4KiB", "english-1MiB", "don-quixote")) {
            assertEquals(25, cells(plan).stream().filter(c -> c.split(" ")[1].equals(corpus)).count(), corpus);
        }
        Set<String> large = new TreeSet<>();
        cells(plan).stream().filter(c -> c.split(" ")[1].equals("english-256MiB")).forEach(c -> large.add(c.split(" ")[0]));
        assertTrue(large.contains("org.mmapbench.bench.AnatomyMemoryBenchmark.heapArray")
                && large.contains("org.mmapbench.bench.AnatomyMemoryBenchmark.nativeMemory")
                && large.contains("org.mmapbench.bench.AnatomyPreadBenchmark.preadWholeFile"), large.toString());
        assertEquals(List.of("warm"), plan.cacheStates());
        assertEquals(75 + 2 * 6, plan.benchmarkCount());
    }

    @Test
    void standardRunsExactlyTheStepsOfTheDecompositionOnDonQuixote() {
        RunPlan standard = RunPlan.of(BenchProfile.STANDARD, ".*", CATALOG, TestCorpusSizes.MANIFEST);
        Set<String> anatomy = new TreeSet<>();
        cells(standard).stream().filter(c -> c.contains(".Anatomy")).forEach(anatomy::add);
        Set<String> steps = new TreeSet<>();
        for (AnatomyStep s : AnatomyStep.values()) {
            steps.add(s.benchmark() + " don-quixote - warm -");
        }
        assertEquals(steps, anatomy);
        assertEquals(18, anatomy.size());
        assertEquals(25, RunPlan.of(BenchProfile.DEPTH, "\\.Anatomy", CATALOG, TestCorpusSizes.MANIFEST).entries().stream()
                .filter(e -> e.corpora().contains("don-quixote")).mapToInt(e -> e.bufferSizes().isEmpty() ? 1 : e.bufferSizes().size()).sum());
    }

    @Test
    void anAnatomySelectionNamesAClassNotAWorkload() {
        Selection s = Selection.ofClass("AnatomyMapBenchmark", List.of("don-quixote"), List.of());
        assertEquals("org.mmapbench.bench.AnatomyMapBenchmark", s.className());
        assertEquals(null, s.workload());
        assertThrows(IllegalArgumentException.class, () -> Selection.ofClass("AnatomyMapBenchmark", List.of(), List.of()),
                "the anatomy steps take a corpus");
    }

    @Test
    void theCrossCheckSkipsAnatomyStepsWhichHaveNoAnswerToCheck() {
        RunPlan plan = RunPlan.of(BenchProfile.DEPTH, "Anatomy", CATALOG, TestCorpusSizes.MANIFEST);
        assertTrue(PlanCrossCheck.cellsByCorpus(plan).isEmpty());
    }
}
