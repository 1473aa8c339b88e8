package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * and the kernel copy, the large ones; {@code standard} is left as it is.
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
    void theAnatomyOnDonQuixoteIsTwentyFiveBenchmarksAndStandardDoesNotHaveIt() {
        RunPlan standard = RunPlan.of(BenchProfile.STANDARD, ".*", CATALOG, TestCorpusSizes.MANIFEST);
        assertFalse(cells(standard).stream().anyMatch(c -> c.contains(".Anatomy")), "left to the lead: standard has no room");
        List<Selection> anatomy = BenchProfile.anatomySelections(List.of("don-quixote"));
        RunPlan added = new RunPlan(BenchProfile.STANDARD, RunPlan.of(BenchProfile.DEPTH, "\\.Anatomy", CATALOG, TestCorpusSizes.MANIFEST).entries()
                .stream().filter(e -> e.corpora().contains("don-quixote"))
                .map(e -> new PlanEntry(e.benchmark(), List.of("don-quixote"), e.strategies(), e.caches(), e.bufferSizes())).toList(),
                TestCorpusSizes.MANIFEST);
        assertEquals(6, anatomy.size());
        assertEquals(25, added.benchmarkCount());
        // What adding it to standard would cost, at standard's settings and default fork overhead (for the lead's decision).
        System.out.printf(java.util.Locale.ROOT, "anatomy on don-quixote at standard settings: %d benchmarks, %.1f min%n",
                added.benchmarkCount(), added.estimateSeconds() / 60);
        assertTrue(added.estimateSeconds() < 40 * 60, added.estimateSeconds() + " s");
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
