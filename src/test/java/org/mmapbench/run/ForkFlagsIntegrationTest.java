package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.bench.OsCountersProfiler;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.sys.ThreadCounter;

/**
 * Starts real JMH forks through {@link RunExecutor} and compares what the forks report about
 * themselves with what the profile asks for: exactly its JVM arguments (not the test JVM's own
 * {@code -Xms}/{@code -Xmx}), a fixed pre-touched heap, and a verified warm cache filled the way
 * each cache state names; and that every benchmark's results carry the OS counters ({@code os.*}).
 */
@Needs.JmhForks
@Needs.Corpus
class ForkFlagsIntegrationTest {

    @Test
    void forksRunWithExactlyTheProfilesFlagsAndRecordThem(@TempDir Path out) throws IOException {
        Path project = Path.of(System.getProperty("mmapbench.projectDir", ".")).toAbsolutePath();
        List<String> hostArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        assertTrue(hostArgs.stream().anyMatch(a -> a.startsWith("-Xmx") && !a.equals("-Xmx1g")),
                "the test JVM must have another -Xmx than the forks, or the test proves nothing: " + hostArgs);
        RunPlan plan = new RunPlan(BenchProfile.SMOKE, List.of(
                new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"),
                        List.of("warm", "warm-mapped")),
                new PlanEntry("org.mmapbench.bench.PatchBenchmark.fair", List.of("don-quixote"), List.of("mappedSegment"), List.of())),
                TestCorpusSizes.MANIFEST);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream errSink = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        RunExecutor ex = new RunExecutor(CorpusLocator.standard(project), new PlanCrossCheck(errSink), sink, errSink);
        RunExecutor.Outcome outcome = ex.execute(plan, new RunExecutor.Request(BenchProfile.SMOKE, ".*", out, "it", null, project));

        // The console: one progress display and JMH's summary table; JMH's own output is in jmh.log.
        String console = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
        String jmhLog = Files.readString(outcome.runDir().resolve(RunExecutor.JMH_LOG), StandardCharsets.UTF_8);
        assertTrue(jmhLog.contains("# JMH version") && jmhLog.contains("# Warmup Iteration"), jmhLog);
        assertFalse(console.contains("# JMH version") || console.contains("Iteration   1") || console.contains("# Run progress"), console);
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("benchmark 3 of 3"), console);
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("; last: ReadBenchmark.fair"), console);
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("Benchmark") && stdout.toString(StandardCharsets.UTF_8).contains("PatchBenchmark.fair"),
                "the summary table: " + console);

        Map<String, String> env = JmhJsonReader.readEnvironmentFile(outcome.runDir().resolve("environment.json"));
        String intended = env.get("jvm.args");
        assertTrue(intended.startsWith("-Xms1g -Xmx1g -XX:+AlwaysPreTouch "), intended);
        assertTrue(env.get("fork.jvm.args").startsWith(intended), env.get("fork.jvm.args"));
        assertFalse(env.get("fork.jvm.args").contains(" | "), "every fork ran with the same arguments: " + env.get("fork.jvm.args"));
        List<String> intendedArgs = List.of(intended.split(" "));
        for (String hostOnly : hostArgs.stream().filter(a -> a.startsWith("-Xm") && !intendedArgs.contains(a)).toList()) {
            assertFalse(List.of(env.get("fork.jvm.args").split(" ")).contains(hostOnly), "leaked from the test JVM: " + hostOnly);
        }
        assertEquals("1073741824", env.get("fork.MaxHeapSize"));
        assertEquals("1073741824", env.get("fork.InitialHeapSize"));
        assertEquals("true", env.get("fork.AlwaysPreTouch"));
        assertEquals("3", env.get("fork.count"));
        assertEquals("warm,warm-mapped", env.get("cache.ReadBenchmark.fair"), "every state the method ran in");
        assertEquals("warm", env.get("cache.PatchBenchmark.fair"));
        assertEquals("read before each of 1 trials", env.get("fill.don-quixote.warm"));
        assertEquals("mapped-touch before each of 1 trials", env.get("fill.don-quixote.warm-mapped"));
        assertEquals("read before each of 1 trials", env.get("fill.don-quixote.warm.copy"));
        assertTrue(Double.parseDouble(env.get(ForkOverhead.PROPERTY)) > 0, env.toString());
        assertTrue(env.containsKey("meminfo.FileHugePages.before") && env.containsKey("meminfo.FilePmdMapped.after"), env.toString());

        // Every benchmark carries the OS counters of its own thread, read back through the results model.
        List<BenchmarkResult> results = JmhJsonReader.read(outcome.runDir().resolve("jmh.json")).results();
        assertEquals(3, results.size());
        for (BenchmarkResult r : results) {
            for (ThreadCounter c : ThreadCounter.values()) {
                assertTrue(r.secondary().containsKey(OsCountersProfiler.metric(c)), r.key() + " lacks " + c + ": " + r.secondary().keySet());
            }
            assertTrue(r.secondary().get("os.faults.minor").score() > 0, "a mapped read or patch faults pages in: " + r.key());
        }
    }
}
