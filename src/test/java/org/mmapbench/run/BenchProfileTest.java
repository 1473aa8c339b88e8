package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.util.UserInputException;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

class BenchProfileTest {

    @ParameterizedTest
    @EnumSource(BenchProfile.class)
    void everyProfileForksAtLeastOnceAndMeasures(BenchProfile p) {
        assertTrue(p.forks() >= 1, p + " must never run with 0 forks");
        // huge measures from its first pass over the file on: a warmup iteration would hide the cache filling.
        assertTrue(p.warmupIterations() >= (p == BenchProfile.HUGE ? 0 : 1) && p.measurementIterations() >= 1, p.id());
        assertTrue(p.warmupMillis() > 0 && p.measurementMillis() > 0, p.id());
        assertFalse(p.selections().isEmpty(), p.id());
        assertTrue(p.heap().matches("\\d+[gm]"), p.heap());
    }

    @Test
    void forkCountsMatchTheirPurpose() {
        assertEquals(1, BenchProfile.SMOKE.forks());
        assertEquals(5, BenchProfile.QUICK.forks(), "the gate needs 5 forks per benchmark");
        assertTrue(BenchProfile.STANDARD.forks() >= 3);
        assertTrue(BenchProfile.FULL.forks() >= 5);
    }

    @Test
    void quickMeasuresTheTutorialWorkloadsOnDonQuixote() {
        List<Workload> tutorial = List.of(Workload.READ, Workload.FIND, Workload.REGEX, Workload.SEEK_FIND, Workload.REPLACE);
        for (Selection s : BenchProfile.QUICK.selections()) {
            assertTrue(tutorial.contains(s.workload()), s.workload().id());
            assertEquals(java.util.List.of("don-quixote"), s.corpora());
            assertEquals(java.util.List.of("warm"), s.caches());
            if (s.variants().contains(Variant.FAIR)) {
                assertEquals(List.of("readAllBytes", "mappedBuffer", "mappedSegment"), s.strategies());
            }
        }
        assertEquals(tutorial, BenchProfile.QUICK.selections().stream().map(Selection::workload).distinct().toList());
    }

    /** Issue 11's budget for quick, on the compiled benchmarks: every tutorial comparison against both regular baselines. */
    @Test
    void longerWarmUpsNameMeasuredMethodsAndOnlyLengthen() {
        assertEquals(Map.of("SeekFindBenchmark.fair", 12), BenchProfile.QUICK.longerWarmups());
        assertEquals(12, BenchProfile.QUICK.warmupIterations("org.mmapbench.bench.SeekFindBenchmark.fair"));
        assertEquals(12, BenchProfile.QUICK.warmupIterations("SeekFindBenchmark.fair"));
        assertEquals(4, BenchProfile.QUICK.warmupIterations("org.mmapbench.bench.SeekFindBenchmark.literal"));
        assertEquals(4, BenchProfile.QUICK.warmupIterations("org.mmapbench.bench.ReadBenchmark.fair"));
        for (BenchProfile p : BenchProfile.values()) {
            Set<String> planned = new HashSet<>();
            RunPlan.of(p, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST).entries().forEach(e -> planned.add(e.shortName()));
            p.longerWarmups().forEach((method, iterations) -> {
                assertTrue(planned.contains(method), p.id() + ": " + method + " is not a method the profile runs");
                assertTrue(iterations > p.warmupIterations(), p.id() + ": " + method + " must warm up for longer, not " + iterations);
            });
        }
    }

    @Test
    void quickHasTheLiteralPairsAndWindowedPreadForEveryComparisonWithinItsBudget() {
        RunPlan plan = RunPlan.of(BenchProfile.QUICK, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        Set<String> cells = new TreeSet<>();
        for (PlanEntry e : plan.entries()) {
            for (String strategy : e.strategies()) {
                cells.add(e.shortName() + " " + strategy);
            }
        }
        for (String w : List.of("Read", "Find", "Regex", "SeekFind", "Replace")) {
            assertTrue(cells.contains(w + "Benchmark.literal readString") && cells.contains(w + "Benchmark.literal mappedBuffer"), w);
            assertFalse(cells.contains(w + "Benchmark.idiomatic mappedBuffer"), w + ": the decode-to-String mapped cell is in standard");
            assertTrue(cells.contains(w + "Benchmark.windowed pread"), w + ": the strongest regular contender");
        }
        assertEquals(5, cells.stream().filter(c -> c.contains(".windowed")).count(), cells.toString());
        assertEquals(0, cells.stream().filter(c -> c.contains(".idiomatic")).count(), cells.toString());
        assertTrue(plan.benchmarkCount() <= 32, "quick: at most 32 benchmarks, has " + plan.benchmarkCount());
        assertTrue(plan.estimateSeconds() <= 8 * 60, "quick: at most 8 minutes, estimated " + plan.estimateSeconds() + " s");
    }

    @Test
    void standardHasEveryNewCellOnDonQuixote() {
        RunPlan plan = RunPlan.of(BenchProfile.STANDARD, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        Set<String> measured = new TreeSet<>();
        for (PlanEntry e : plan.entries()) {
            if (e.corpora().contains("don-quixote") && (e.caches().isEmpty() || e.caches().contains("warm"))
                    && BenchmarkName.parse(e.benchmark()).isPresent()) {
                BenchmarkName n = BenchmarkName.of(e.benchmark());
                e.strategies().forEach(st -> measured.add(n.workload().id() + "/" + n.variant().id() + "/" + st));
            }
        }
        for (Cell c : Cells.all()) {
            if ((c.variant() == Variant.WINDOWED || c.variant() == Variant.LITERAL || c.strategy().equals("pread")
                    || c.variant() == Variant.IDIOMATIC) && c.workload() != Workload.COUNT) {
                assertTrue(measured.contains(c.name()), c.name() + " on don-quixote in standard");
            }
            if (c.workload() == Workload.COUNT) {
                assertEquals(c.variant() == Variant.FAIR, measured.contains(c.name()), c.name() + ": count's fair cells only");
            }
        }
        assertTrue(plan.entries().stream().allMatch(e -> e.bufferSizes().isEmpty()), "the window-size sweep is in full only");
        assertTrue(plan.estimateSeconds() <= 30 * 60, "standard: at most 30 minutes, estimated " + plan.estimateSeconds() + " s");
    }

    @Test
    void fullSweepsTheWindowAndRunsLiteralOnlyOnUtf8Texts() {
        RunPlan plan = RunPlan.of(BenchProfile.FULL, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        Set<String> sizes = new TreeSet<>();
        for (PlanEntry e : plan.entries()) {
            if (BenchmarkName.parse(e.benchmark()).isEmpty()) {
                continue; // thread scaling: not a workload benchmark
            }
            BenchmarkName n = BenchmarkName.of(e.benchmark());
            sizes.addAll(e.bufferSizes());
            if (!e.bufferSizes().isEmpty()) {
                assertEquals(Variant.WINDOWED, n.variant(), e.benchmark());
            }
            if (n.variant() == Variant.LITERAL) {
                assertFalse(e.corpora().contains("don-quijote-es"), "not UTF-8: " + e.benchmark());
            }
        }
        assertEquals(Set.of("16384", "262144", "1048576"), sizes);
    }

    /** Issue 12: the crossover sweep with 5 forks, warm and cold, the contender beside the fair cells; thread scaling. */
    @Test
    void depthSweepsSizesWithFiveForksAndScalesThreads() {
        assertEquals(5, BenchProfile.DEPTH.forks(), "crossover intervals need 5 forks per cell");
        RunPlan plan = RunPlan.of(BenchProfile.DEPTH, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        Set<String> cells = new TreeSet<>();
        Set<String> threads = new TreeSet<>();
        for (PlanEntry e : plan.entries()) {
            if (e.benchmark().endsWith("ThreadsBenchmark.scan") || e.benchmark().endsWith("ThreadsBenchmark.random16k")) {
                assertEquals(List.of("english-256MiB"), e.corpora());
                assertEquals(List.of("sharedMapping", "sharedChannel", "channelPerThread", "preadShared"), e.strategies());
                threads.add(e.shortName() + " " + e.threads());
                continue;
            }
            for (String corpus : e.corpora()) {
                for (String strategy : e.strategies()) {
                    for (String cache : e.caches()) {
                        cells.add(e.shortName() + " " + corpus + " " + strategy + " " + cache);
                    }
                }
            }
        }
        for (String w : List.of("Read", "Find", "Count")) {
            for (String size : List.of("4KiB", "64KiB", "1MiB", "16MiB", "64MiB", "256MiB")) {
                for (String cache : List.of("warm", "cold")) {
                    for (String s : List.of("fair readAllBytes", "fair mappedSegment", "windowed pread")) {
                        String[] vs = s.split(" ");
                        String cell = w + "Benchmark." + vs[0] + " english-" + size + " " + vs[1] + " " + cache;
                        assertTrue(cells.contains(cell), cell);
                    }
                }
            }
        }
        assertEquals(Set.of("ThreadsBenchmark.random16k 1", "ThreadsBenchmark.random16k 2", "ThreadsBenchmark.scan 1",
                "ThreadsBenchmark.scan 2"), threads);
        RunPlan full = RunPlan.of(BenchProfile.FULL, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        assertEquals(Set.of(1, 2, 4, 8), full.entries().stream().filter(e -> e.benchmark().contains("ThreadsBenchmark"))
                .map(PlanEntry::threads).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void coldRunsOnlyInStandardAndFull() {
        for (BenchProfile p : new BenchProfile[] {BenchProfile.SMOKE, BenchProfile.QUICK}) {
            assertTrue(p.selections().stream().noneMatch(s -> s.caches().contains("cold")), p.id());
        }
        for (BenchProfile p : new BenchProfile[] {BenchProfile.STANDARD, BenchProfile.FULL}) {
            assertTrue(p.selections().stream().anyMatch(s -> s.caches().contains("cold")), p.id());
        }
    }

    @Test
    void fullReachesFourGibibytes() {
        assertTrue(BenchProfile.FULL.selections().stream().anyMatch(s -> s.corpora().contains("english-4GiB")));
        assertTrue(BenchProfile.FULL.selections().stream().anyMatch(s -> s.corpora().contains("english-1GiB")));
    }

    @Test
    void profilesAreFoundByNameIgnoringCase() {
        assertEquals(BenchProfile.QUICK, BenchProfile.byName("quick"));
        assertEquals(BenchProfile.STANDARD, BenchProfile.byName("Standard"));
        UserInputException e = assertThrows(UserInputException.class, () -> BenchProfile.byName("fast"));
        assertTrue(e.getMessage().contains("--profile") && e.getMessage().contains("'fast'")
                && e.getMessage().contains("smoke, quick, standard, depth, full"), e.getMessage());
    }

    @Test
    void writesRunsEveryWriteCellOnDonQuixoteStandardItsSubsetAndNoOtherProfileAny() {
        Set<String> writeCells = new TreeSet<>();
        Cells.all().stream().filter(c -> c.variant().writesOnly()).forEach(c -> writeCells.add(c.name()));
        Set<String> standardSubset = Set.of("patch/durability/mappedSegment/none", "patch/durability/channelDirect/none",
                "patch/durability/mappedSegment/synced", "patch/durability/channelDirect/synced", "replace/durability/mappedSegment/none",
                "replace/durability/tempMove/none", "replace/durability/mappedSegment/synced", "replace/durability/tempMove/synced",
                "patch/copyOnWrite/mappedSegment", "replace/copyOnWrite/mappedSegment");
        for (BenchProfile p : BenchProfile.values()) {
            RunPlan plan = RunPlan.of(p, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
            for (PlanEntry e : plan.entries()) {
                if (BenchmarkName.parse(e.benchmark()).isEmpty()) {
                    continue; // IPC (WritesProfileTest) and the cost anatomy: no workload cells
                }
                if (BenchmarkName.of(e.benchmark()).variant().writesOnly()) {
                    assertEquals(List.of("don-quixote"), e.corpora(), e.benchmark());
                }
            }
            Set<String> measured = new TreeSet<>();
            PlanCrossCheck.cellsByCorpus(plan).values().forEach(names -> names.stream()
                    .filter(name -> Variant.byId(name.split("/")[1]).writesOnly()).forEach(measured::add));
            switch (p) {
                case WRITES -> assertEquals(writeCells, measured);
                case STANDARD -> assertEquals(standardSubset, measured);
                default -> assertEquals(Set.of(), measured, p.id() + " leaves the write variants to writes and standard");
            }
        }
        assertEquals(28, writeCells.size());
    }

    @Test
    void standardGainsAtMostThirtyBenchmarksFromWritingAndSharing() {
        RunPlan plan = RunPlan.of(BenchProfile.STANDARD, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        int fromIssue13 = 0;
        int fromIssue12 = 0;
        for (PlanEntry e : plan.entries()) {
            java.util.Optional<BenchmarkName> name = BenchmarkName.parse(e.benchmark());
            if (e.corpora().isEmpty() || name.map(n -> n.variant().writesOnly()).orElse(false)) {
                fromIssue13 += e.count();
            } else if (name.isEmpty()) {
                fromIssue12 += e.count();
            }
        }
        assertEquals(14, fromIssue13, "10 write cells and 4 IPC round trips");
        assertEquals(40, fromIssue12, "18 anatomy steps, 11 hints, 8 thread cells and 3 ceilings");
        assertEquals(214, plan.benchmarkCount());
    }

    @Test
    void depthRunsEveryHintOnReadAndFindWarmAndColdAndTheCeilings() {
        RunPlan plan = RunPlan.of(BenchProfile.DEPTH, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        Set<String> benchmarks = new TreeSet<>();
        int count = 0;
        for (PlanEntry e : plan.entries()) {
            if (!e.benchmark().contains(".HintBenchmark.") && !e.benchmark().contains(".CeilingBenchmark.")) {
                continue; // the cost anatomy: AnatomyProfileTest
            }
            count += e.count();
            for (String cell : RunPlan.cellsOf(e)) {
                benchmarks.add(cell.replace("org.mmapbench.bench.", ""));
            }
        }
        int hints = org.mmapbench.access.Hint.values().length;
        assertEquals(2 * 2 * 2 * hints + 3, count, benchmarks.toString());
        assertTrue(benchmarks.contains("HintBenchmark.find english-256MiB - cold - hint=madvise-random"), benchmarks.toString());
        assertTrue(benchmarks.contains("HintBenchmark.read don-quixote - warm - hint=fadvise-noreuse"), benchmarks.toString());
        assertTrue(benchmarks.containsAll(Set.of("CeilingBenchmark.memoryCopy english-64MiB - warm -",
                "CeilingBenchmark.pread english-64MiB - warm -", "CeilingBenchmark.pread english-64MiB - cold -")), benchmarks.toString());
    }

    @Test
    void aHintSelectionNamingAnUndeclaredHintIsRefused() {
        BenchmarkCatalog catalog = BenchmarkCatalog.compiled();
        Selection bad = Selection.ofClass("HintBenchmark", List.of("find"), List.of("don-quixote"), List.of("cold"), List.of(),
                java.util.Map.of("hint", List.of("madvise-random", "madvise-dontneed")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunPlan.of(BenchProfile.DEPTH, ".*", new BenchmarkCatalog(
                catalog.methodsOf("org.mmapbench.bench.HintBenchmark")), TestCorpusSizes.MANIFEST, List.of(bad)));
        assertTrue(e.getMessage().contains("madvise-dontneed"), e.getMessage());
    }
}
