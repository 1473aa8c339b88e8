package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.util.UserInputException;
import org.openjdk.jmh.runner.options.Options;

class RunExecutorTest {

    private static final PrintStream SINK = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static RunExecutor.Request request(Path out) {
        return new RunExecutor.Request(BenchProfile.SMOKE, ".*", out, "t", null, Path.of(System.getProperty("mmapbench.projectDir", ".")));
    }

    @Test
    @Needs.Corpus
    void aFailedCrossCheckPublishesNothing(@TempDir Path out) throws IOException {
        RunPlan plan = RunPlan.of(BenchProfile.SMOKE, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        CellChecker wrong = (p, corpora) -> {
            throw new RunFailedException("cross-check refused the run: find/fair/mappedSegment disagrees", null);
        };
        RunExecutor ex = new RunExecutor(CorpusLocator.standard(request(out).projectDir()), wrong, SINK, SINK);
        RunFailedException e = assertThrows(RunFailedException.class, () -> ex.execute(plan, request(out)));
        assertTrue(e.getMessage().contains("find/fair/mappedSegment"), e.getMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    @Needs.Corpus
    void aCellThatDoesNotExistIsRefusedByTheGate() {
        RunPlan plan = new RunPlan(BenchProfile.SMOKE, List.of(new PlanEntry("org.mmapbench.bench.FindBenchmark.windowed",
                List.of("don-quixote"), List.of("mappedSegment"), List.of("warm"))), TestCorpusSizes.MANIFEST);
        Path dq = CorpusLocator.standard(request(Path.of(".")).projectDir()).resolve("don-quixote");
        RunFailedException e = assertThrows(RunFailedException.class,
                () -> new PlanCrossCheck(SINK).check(plan, java.util.Map.of("don-quixote", dq)));
        assertTrue(e.getMessage().contains("find/windowed/mappedSegment"), e.getMessage());
    }

    @Test
    void aMissingCorpusIsAUsageErrorBeforeAnythingRuns(@TempDir Path out) {
        RunPlan plan = new RunPlan(BenchProfile.SMOKE, List.of(new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair",
                List.of("no-such-corpus"), List.of("mappedSegment"), List.of("warm"))), TestCorpusSizes.MANIFEST);
        RunExecutor ex = new RunExecutor(CorpusLocator.standard(Path.of(".")), (p, c) -> { }, SINK, SINK);
        UserInputException e = assertThrows(UserInputException.class, () -> ex.execute(plan, request(out)));
        assertTrue(e.getMessage().contains("no-such-corpus"), e.getMessage());
    }

    @Test
    void optionsCarryTheEntrysThreadCount() {
        PlanEntry one = new PlanEntry("org.mmapbench.bench.ThreadsBenchmark.scan", List.of("english-256MiB"), List.of("sharedMapping"),
                List.of(), List.of());
        PlanEntry two = new PlanEntry(one.benchmark(), one.corpora(), one.strategies(), one.caches(), one.bufferSizes(),
                one.params(), one.mode(), 2);
        assertEquals(1, RunExecutor.options(BenchProfile.DEPTH, one, "/usr/bin/java", List.of(), List.of()).getThreads().get());
        assertEquals(2, RunExecutor.options(BenchProfile.DEPTH, two, "/usr/bin/java", List.of(), List.of()).getThreads().get());
    }

    @Test
    void optionsWarmUpEachMethodAsItsProfileSays() {
        PlanEntry read = new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"), List.of("warm"));
        PlanEntry seekFind = new PlanEntry("org.mmapbench.bench.SeekFindBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"),
                List.of("warm"));
        assertEquals(4, RunExecutor.options(BenchProfile.QUICK, read, "/usr/bin/java", List.of(), List.of()).getWarmupIterations().get());
        assertEquals(12, RunExecutor.options(BenchProfile.QUICK, seekFind, "/usr/bin/java", List.of(), List.of()).getWarmupIterations().get());
        assertEquals(2, RunExecutor.options(BenchProfile.STANDARD, seekFind, "/usr/bin/java", List.of(), List.of()).getWarmupIterations().get());
    }

    @Test
    void optionsCarryTheProfile() {
        PlanEntry e = new PlanEntry("org.mmapbench.bench.FindBenchmark.fair", List.of("don-quixote"),
                List.of("readAllBytes", "mappedSegment"), List.of("warm", "cold"));
        Options o = RunExecutor.options(BenchProfile.QUICK, e, "/usr/bin/java", RunExecutor.forkJvmArgs(BenchProfile.QUICK), List.of("-Dx=y"));
        assertEquals(5, o.getForkCount().get());
        assertEquals(0, o.getWarmupForkCount().get());
        assertEquals(BenchProfile.QUICK.measurementIterations(), o.getMeasurementIterations().get());
        assertEquals(List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Dx=y"), List.copyOf(o.getJvmArgs().get()),
                "exactly these: JMH adds the launching JVM's arguments when jvmArgs is not set");
        assertEquals(List.of(), List.copyOf(o.getJvmArgsPrepend().get()), "overrides the annotations' prepend");
        assertEquals(List.of(), List.copyOf(o.getJvmArgsAppend().get()), "overrides the annotations' append");
        assertEquals(List.of("readAllBytes", "mappedSegment"), List.copyOf(o.getParameter("strategy").get()));
        assertEquals(List.of("warm", "cold"), List.copyOf(o.getParameter("cache").get()));
        assertEquals(List.of("org.openjdk.jmh.profile.GCProfiler", "org.mmapbench.bench.ForkRecorder", "org.mmapbench.bench.OsCountersProfiler",
                        "org.mmapbench.bench.LiveMappings"),
                o.getProfilers().stream().map(p -> p.getKlass()).toList(), "gc, the fork recorder, the OS counters and the live-mapping counts");
        assertTrue(o.getIncludes().get(0).startsWith("^"));
        Options older = RunExecutor.options(BenchProfile.QUICK, e, "/usr/bin/java", List.of(), List.of(), List.of());
        assertEquals(List.of("org.openjdk.jmh.profile.GCProfiler", "org.mmapbench.bench.ForkRecorder"),
                older.getProfilers().stream().map(p -> p.getKlass()).toList(), "a compare side whose jar predates the optional profilers");
    }

    @Test
    void aJarWithoutTheOptionalProfilersIsToldApart(@TempDir Path dir) throws IOException {
        Path without = dir.resolve("old.jar");
        Path osOnly = dir.resolve("os.jar");
        Path with = dir.resolve("new.jar");
        try (java.util.zip.ZipOutputStream a = new java.util.zip.ZipOutputStream(Files.newOutputStream(without));
                java.util.zip.ZipOutputStream b = new java.util.zip.ZipOutputStream(Files.newOutputStream(osOnly));
                java.util.zip.ZipOutputStream c = new java.util.zip.ZipOutputStream(Files.newOutputStream(with))) {
            a.putNextEntry(new java.util.zip.ZipEntry(JarCheck.FORK_RECORDER));
            b.putNextEntry(new java.util.zip.ZipEntry(JarCheck.FORK_RECORDER));
            b.putNextEntry(new java.util.zip.ZipEntry(JarCheck.entryOf(org.mmapbench.bench.OsCountersProfiler.class)));
            c.putNextEntry(new java.util.zip.ZipEntry(JarCheck.FORK_RECORDER));
            for (Class<?> p : RunExecutor.OPTIONAL_PROFILERS) {
                c.putNextEntry(new java.util.zip.ZipEntry(JarCheck.entryOf(p)));
            }
        }
        assertEquals(List.of(), JarCheck.optionalProfilers(without));
        assertEquals(List.of(org.mmapbench.bench.OsCountersProfiler.class), JarCheck.optionalProfilers(osOnly));
        assertEquals(RunExecutor.OPTIONAL_PROFILERS, JarCheck.optionalProfilers(with));
    }

    @Test
    void compiledProfilesFitTheirWallTimeBudgets() {
        BenchmarkCatalog catalog = BenchmarkCatalog.compiled();
        double quick = RunPlan.of(BenchProfile.QUICK, ".*", catalog, TestCorpusSizes.MANIFEST).estimateSeconds();
        double standard = RunPlan.of(BenchProfile.STANDARD, ".*", catalog, TestCorpusSizes.MANIFEST).estimateSeconds();
        double smoke = RunPlan.of(BenchProfile.SMOKE, ".*", catalog, TestCorpusSizes.MANIFEST).estimateSeconds();
        assertTrue(quick <= 8 * 60, "quick estimate " + quick + " s");
        assertTrue(RunPlan.of(BenchProfile.QUICK, ".*", catalog, TestCorpusSizes.MANIFEST).benchmarkCount() <= 32);
        assertTrue(standard <= 30 * 60, "standard estimate " + standard + " s");
        assertTrue(smoke <= 30, "smoke estimate " + smoke + " s");
        RunPlan full = RunPlan.of(BenchProfile.FULL, ".*", catalog, TestCorpusSizes.MANIFEST); // throws on duplicates or unknown classes
        assertTrue(full.benchmarkCount() > RunPlan.of(BenchProfile.STANDARD, ".*", catalog, TestCorpusSizes.MANIFEST).benchmarkCount(),
                "full measures more than standard: " + full.benchmarkCount());
    }
}
