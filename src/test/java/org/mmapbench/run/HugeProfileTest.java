package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.util.UserInputException;

/** The opt-in {@code huge} profile: a file larger than its forks' memory limit, read from a cold start, with an honest estimate. */
class HugeProfileTest {
    private static final RunPlan PLAN = RunPlan.of(BenchProfile.HUGE, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);

    @Test
    void onlyHugeHasAMemoryLimitAndTheCorpusIsTwiceIt() {
        for (BenchProfile p : BenchProfile.values()) {
            assertEquals(p == BenchProfile.HUGE ? 2L << 30 : 0, p.memoryLimitBytes(), p.id());
        }
        long corpus = TestCorpusSizes.MANIFEST.bytes(BenchProfile.HUGE_CORPUS, null);
        assertEquals(2 * BenchProfile.HUGE_MEMORY_LIMIT, corpus);
        assertTrue(BenchProfile.HUGE.heapBytes() <= BenchProfile.HUGE_MEMORY_LIMIT / 4,
                "the pre-touched heap is charged to the cgroup too; most of the limit must be left for the page cache");
    }

    @Test
    void readsAndCountsTheWholeFileMappedAndThroughPreadFromAColdStart() {
        Set<String> cells = new TreeSet<>();
        PLAN.entries().forEach(e -> cells.addAll(RunPlan.cellsOf(e)));
        assertEquals(Set.of(
                "org.mmapbench.bench.CountBenchmark.fair english-4GiB mappedSegment cold-start -",
                "org.mmapbench.bench.CountBenchmark.windowed english-4GiB pread cold-start -",
                "org.mmapbench.bench.ReadBenchmark.fair english-4GiB mappedSegment cold-start -",
                "org.mmapbench.bench.ReadBenchmark.windowed english-4GiB pread cold-start -"), cells);
        assertEquals(0, BenchProfile.HUGE.warmupIterations(), "the first measured iteration is the first pass over the file");
        assertTrue(BenchProfile.HUGE.measurementIterations() >= 20, "a series long enough to show the passes after the cache filled");
        assertTrue(BenchProfile.HUGE.forks() >= 2);
    }

    @Test
    void theEstimateCountsEveryPassOverTheFileAtTheDeviceSpeed() {
        double pass = 4294967296.0 / RunPlan.DEVICE_PASS_BYTES_PER_SECOND;
        double passes = PLAN.benchmarkCount() * BenchProfile.HUGE.forks() * BenchProfile.HUGE.measurementIterations();
        assertEquals(passes * pass, PLAN.plannedIterationSeconds(), 1e-6);
        assertTrue(PLAN.estimateSeconds() > passes * pass);
    }

    @Test
    void theDryRunPrintsTheSettingsAndTheEstimate() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new RunExecutor(null, null, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .describe(PLAN);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("mmapbench run: profile huge: 4 benchmarks, 2 fork(s) each, warmup 0 x 1000 ms, measurement 20 x 1000 ms, heap 512m",
                lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("mmapbench run: estimated wall time "
                + org.mmapbench.util.Progress.formatDuration(PLAN.estimateSeconds()) + " "), lines.get(lines.size() - 1));
        assertTrue(PLAN.estimateSeconds() > 20 * 60, "160 passes over 4 GiB at 500 MB/s: " + PLAN.estimateSeconds());
    }

    @Test
    void interleavedRunsRefuseItBecauseTheyMakeNoCgroup() {
        RunExecutor.Request req = new RunExecutor.Request(BenchProfile.HUGE, ".*", Path.of("results"), "x", null, Path.of("."));
        UserInputException e = assertThrows(UserInputException.class, () -> new InterleavedExecutor(null, System.out, System.err)
                .execute(PLAN, req, 2, null, null));
        assertTrue(e.getMessage().startsWith("--profile huge: its forks need a memory cgroup"), e.getMessage());
    }
}
