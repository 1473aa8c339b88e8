package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmapbench.util.UserInputException;

/** Reads real JMH 1.37 output, hand-made edge cases and every kind of bad input. */
class JmhJsonReaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(JmhJsonReaderTest.class.getResource("/jmh/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsRealAvgtRunWithGcProfilerAndMmapbenchNames() {
        RunResults run = JmhJsonReader.read(fixture("real/find-avgt-gc.json"));
        assertEquals("find-avgt-gc", run.runId());
        assertEquals(8, run.results().size());
        BenchmarkResult first = run.results().get(0);
        assertEquals("org.mmapbench.bench.FindBenchmark.fair", first.benchmark());
        assertEquals(BenchMode.AVERAGE_TIME, first.mode());
        assertEquals(Map.of("corpus", "english-4KiB", "strategy", "readAllBytes"), first.params());
        assertEquals(2, first.forks());
        assertEquals(1, first.threads());
        assertEquals(1, first.warmupIterations());
        assertEquals(3, first.measurementIterations());
        assertEquals("us/op", first.primary().unit());
        assertEquals(543.506563988917, first.primary().score());
        assertEquals(2595.4577485589193, first.primary().scoreError());
        assertEquals(List.of(ForkSamples.of(2408.797688888889, 343.5117075471698, 58.35422756224667),
                ForkSamples.of(356.8333015873016, 59.70219115044248, 33.84026719745223)), first.primary().forks());
        assertTrue(first.secondary().containsKey("gc.alloc.rate.norm"));
        assertEquals("B/op", first.secondary().get("gc.alloc.rate.norm").unit());
        assertEquals(2, first.secondary().get("gc.alloc.rate.norm").forks().size());
        assertEquals("25.0.3", run.environment().get("jdk.version"));
        assertEquals("OpenJDK 64-Bit Server VM", run.environment().get("jvm.name"));
        assertEquals("1.37", run.environment().get("jmh.version"));
        assertEquals(4, StrategyPairs.pair(run.results()).size(), "each mapped benchmark pairs with readAllBytes");
    }

    @Test
    void readsAllFourModesAndSampleHistograms() {
        RunResults run = JmhJsonReader.read(fixture("real/tiny-allmodes-gc.json"));
        Set<BenchMode> modes = new TreeSet<>();
        for (BenchmarkResult r : run.results()) {
            modes.add(r.mode());
            assertTrue(r.params().isEmpty(), "Tiny has no params");
            assertEquals("com.example.Tiny.sum", r.benchmark());
        }
        assertEquals(Set.of(BenchMode.values()), modes);
        BenchmarkResult sample = run.results().stream().filter(r -> r.mode() == BenchMode.SAMPLE_TIME).findFirst().orElseThrow();
        Metric m = sample.primary();
        assertEquals(2, m.forks().size());
        long total = m.forks().get(0).count() + m.forks().get(1).count();
        assertTrue(total > 100, "a histogram holds many weighted samples, got " + total);
        assertTrue(m.forks().get(0).values().length < m.forks().get(0).count(), "buckets carry weights > 1");
        // The weighted mean of the histogram agrees with JMH's score (both are the sample mean).
        double mean = (m.forks().get(0).mean() * m.forks().get(0).count() + m.forks().get(1).mean() * m.forks().get(1).count()) / total;
        assertEquals(m.score(), mean, m.score() * 1e-9);
        BenchmarkResult ss = run.results().stream().filter(r -> r.mode() == BenchMode.SINGLE_SHOT).findFirst().orElseThrow();
        assertEquals(3, ss.primary().forks().get(0).count());
    }

    @Test
    void rawDataSwitchedOffGivesMetricsWithoutForks() {
        RunResults run = JmhJsonReader.read(fixture("real/tiny-norawdata.json"));
        assertEquals(2, run.results().size());
        for (BenchmarkResult r : run.results()) {
            assertFalse(r.primary().hasRawData(), r.key());
            assertFalse(Double.isNaN(r.primary().score()));
        }
    }

    @Test
    void readsNonFiniteStringsMissingParamsAndEverySecondaryMetric() {
        RunResults run = JmhJsonReader.read(fixture("synthetic/nan-inf-noparams.json"));
        BenchmarkResult r = run.results().get(0);
        assertTrue(r.params().isEmpty());
        assertEquals(2, r.threads());
        assertTrue(Double.isNaN(r.primary().score()));
        assertTrue(Double.isNaN(r.primary().scoreError()));
        double[] f0 = r.primary().forks().get(0).values();
        assertTrue(Double.isNaN(f0[0]));
        assertEquals(Double.POSITIVE_INFINITY, f0[1]);
        assertEquals(Double.NEGATIVE_INFINITY, r.primary().forks().get(1).values()[0]);
        Metric custom = r.secondary().get("custom.metric");
        assertEquals(Double.POSITIVE_INFINITY, custom.score());
        assertEquals(Double.NEGATIVE_INFINITY, custom.scoreError());
        assertEquals("things", custom.unit());
        assertEquals(1, custom.forks().size(), "an empty fork list is skipped");
        assertEquals(EnvironmentInfo.of(Map.of("jmh.version", "1.37", "jmh.warmup.time", "1 s", "jmh.warmup.batchSize", "1",
                "jmh.measurement.time", "1 s", "jmh.measurement.batchSize", "1")), run.environment());
    }

    @Test
    void runFolderUsesEnvironmentJsonAndFillsJvmFactsFromJmh() {
        Path dir = fixture("run-with-env");
        RunResults run = JmhJsonReader.read(dir);
        assertEquals("run-with-env", run.runId());
        assertEquals(dir.resolve("jmh.json"), run.source());
        EnvironmentInfo env = run.environment();
        assertEquals("Test CPU 3000", env.get("cpu.model"));
        assertEquals("8589934592", env.get("memory.bytes"), "numbers are taken as text");
        assertEquals("-Xms2g -Xmx2g", env.get("jvm.args"), "JMH's fields fill what environment.json lacks");
        assertEquals("corpus.don-quixote.sha256=abc123;cpu.cores=2;cpu.model=Test CPU 3000;jdk.version=25.0.1;os.kernel=6.1.0-test",
                env.fingerprint());
        BenchmarkResult r = run.results().get(0);
        assertEquals(BenchMode.SINGLE_SHOT, r.mode());
        assertEquals("cold", r.param("cache"));
        assertEquals(env, r.environment());
        // The same JSON given as a file path gives the folder's name as run id and the same environment.
        RunResults viaFile = JmhJsonReader.read(dir.resolve("jmh.json"));
        assertEquals("run-with-env", viaFile.runId());
        assertEquals(env, viaFile.environment());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad/truncated.json|truncated JSON at line 7, column",
        "bad/malformed.json|malformed JSON at line 5, column 5",
        "bad/empty-array.json|no benchmark results: the JMH result array is empty",
        "bad/empty-file.json|empty file, expected JMH JSON",
        "bad/object.json|not JMH JSON: expected an array of benchmark results, found an object at line 1, column 1",
        "bad/unrelated-objects.json|not JMH JSON: result #1 at line 2, column 3: no 'benchmark' field",
        "bad/array-of-numbers.json|not JMH JSON: result #1 is a number, expected an object at line 1, column 3",
        "bad/score-not-number.json|primaryMetric.score is the string 'fast', expected a number",
    })
    void badInputIsOneLineNamingFileAndProblem(String name, String expected) {
        Path file = fixture(name);
        UserInputException e = assertThrows(UserInputException.class, () -> JmhJsonReader.read(file));
        String msg = e.getMessage();
        assertTrue(msg.startsWith(file.toString() + ": "), msg);
        assertTrue(msg.contains(expected), msg);
        assertFalse(msg.contains("\n"), msg);
    }

    @Test
    void missingPathAndFolderWithoutJmhJson(@TempDir Path tmp) {
        Path missing = tmp.resolve("nope");
        UserInputException e = assertThrows(UserInputException.class, () -> JmhJsonReader.read(missing));
        assertEquals(missing + ": no such file or folder", e.getMessage());
        UserInputException e2 = assertThrows(UserInputException.class, () -> JmhJsonReader.read(tmp));
        assertEquals(tmp + ": not a run folder: it has no jmh.json", e2.getMessage());
    }

    @Test
    void unreadableFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("locked.json"), "[]");
        assertTrue(file.toFile().setReadable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root: files stay readable");
            UserInputException e = assertThrows(UserInputException.class, () -> JmhJsonReader.read(file));
            assertEquals(file + ": cannot read: permission denied", e.getMessage());
        } finally {
            file.toFile().setReadable(true, false);
        }
    }

    @Test
    void malformedEnvironmentJsonNamesThatFile(@TempDir Path tmp) throws IOException {
        Files.copy(fixture("run-with-env/jmh.json"), tmp.resolve("jmh.json"));
        Path env = Files.writeString(tmp.resolve("environment.json"), "{\n \"a\" : [1]\n}\n");
        UserInputException e = assertThrows(UserInputException.class, () -> JmhJsonReader.read(tmp));
        assertEquals(env + ": not an environment file: property 'a' is an array, expected a string", e.getMessage());
        Files.writeString(env, "{ \"a\" : ");
        UserInputException e2 = assertThrows(UserInputException.class, () -> JmhJsonReader.read(tmp));
        assertTrue(e2.getMessage().startsWith(env + ": truncated JSON at line 1"), e2.getMessage());
    }

    @Test
    void readAllKeepsOrder() {
        List<RunResults> runs = JmhJsonReader.readAll(List.of(fixture("run-with-env"), fixture("real/find-avgt-gc.json")));
        assertEquals(List.of("run-with-env", "find-avgt-gc"), runs.stream().map(RunResults::runId).toList());
    }
}
