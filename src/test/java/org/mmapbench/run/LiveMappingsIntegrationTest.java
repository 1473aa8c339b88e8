package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.bench.AnatomyMapBenchmark;
import org.mmapbench.bench.LiveMappings;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

/**
 * Real JMH forks through {@link RunExecutor}: the live-mapping counts reach {@code jmh.json} as
 * secondary metrics of every benchmark, and tell the strategies apart: a regular read leaves no
 * mapping, {@code mappedSegment} unmaps inside every operation, {@code mappedBuffer} leaves its
 * buffers mapped until a garbage collection; the anatomy's unmap steps leave nothing mapped, and its
 * map step's pile of buffers stays below the number of calls between two of its collections.
 */
@Needs.JmhForks
@Needs.Corpus
@Needs.PageCache
class LiveMappingsIntegrationTest {

    @Test
    void everyResultCarriesTheLargestLiveMappingCounts(@TempDir Path out) throws IOException {
        Path project = Path.of(System.getProperty("mmapbench.projectDir", ".")).toAbsolutePath();
        List<String> dq = List.of("don-quixote");
        RunPlan plan = new RunPlan(BenchProfile.SMOKE, List.of(
                new PlanEntry("org.mmapbench.bench.ReadBenchmark.fair", dq, List.of("readAllBytes", "mappedSegment", "mappedBuffer"),
                        List.of("warm")),
                new PlanEntry("org.mmapbench.bench.AnatomyUnmapBenchmark.closeConfined", dq, List.of(), List.of()),
                new PlanEntry("org.mmapbench.bench.AnatomyMapBenchmark.mapBuffer", dq, List.of(), List.of())),
                TestCorpusSizes.MANIFEST);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
        RunExecutor ex = new RunExecutor(CorpusLocator.standard(project), new PlanCrossCheck(sink), sink, sink);
        RunExecutor.Outcome outcome = ex.execute(plan, new RunExecutor.Request(BenchProfile.SMOKE, ".*", out, "live", null, project));
        RunResults run = JmhJsonReader.read(outcome.runDir());
        assertEquals(5, run.results().size(), log.toString(StandardCharsets.UTF_8));
        for (BenchmarkResult r : run.results()) {
            assertNotNull(r.secondary().get(LiveMappings.JDK), r.key());
            assertNotNull(r.secondary().get(LiveMappings.CORPUS), r.key());
            assertEquals(LiveMappings.UNIT, r.secondary().get(LiveMappings.CORPUS).unit(), r.key());
        }
        assertEquals(0, corpusEntries(run, "ReadBenchmark.fair", "readAllBytes"));
        assertEquals(0, jdk(run, "ReadBenchmark.fair", "readAllBytes"));
        assertEquals(0, corpusEntries(run, "ReadBenchmark.fair", "mappedSegment"), "unmapped inside every operation");
        assertTrue(corpusEntries(run, "ReadBenchmark.fair", "mappedBuffer") >= 1, "buffers wait for a collection");
        assertTrue(jdk(run, "ReadBenchmark.fair", "mappedBuffer") >= 1);
        assertEquals(0, corpusEntries(run, "AnatomyUnmapBenchmark.closeConfined", null));
        // The pile is collected every CALLS_PER_COLLECTION calls, so at an iteration's end between 0 (the
        // iteration ended on a collecting call, as it does whenever its time runs out during one) and
        // CALLS_PER_COLLECTION - 1 buffers are alive: never more, however long the iteration.
        double piled = jdk(run, "AnatomyMapBenchmark.mapBuffer", null);
        assertTrue(piled >= 0 && piled < AnatomyMapBenchmark.BufferPile.CALLS_PER_COLLECTION, "mapBuffer's pile: " + piled);
    }

    private static Metric metric(RunResults run, String name, String strategy, String metric) {
        return run.results().stream().filter(r -> r.benchmark().endsWith("." + name)
                        && (strategy == null || strategy.equals(r.param("strategy"))))
                .findFirst().orElseThrow(() -> new AssertionError("no result " + name + " " + strategy)).secondary().get(metric);
    }

    private static double corpusEntries(RunResults run, String name, String strategy) {
        return metric(run, name, strategy, LiveMappings.CORPUS).score();
    }

    private static double jdk(RunResults run, String name, String strategy) {
        return metric(run, name, strategy, LiveMappings.JDK).score();
    }
}
