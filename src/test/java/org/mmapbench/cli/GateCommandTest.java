package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.gate.Gate;
import org.mmapbench.gate.GateOptions;
import org.mmapbench.gate.GateResult;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

/**
 * End to end through {@code mmapbench gate}, on two real JMH 1.37 runs of the same build (see
 * {@code src/test/resources/gate/fixtures/README.md}): same build passes, one benchmark made 20% slower
 * fails naming it, 2% slower passes, bad input is a usage error, foreign environments are refused.
 */
class GateCommandTest {

    private static final Path FIXTURES = Path.of(System.getProperty("mmapbench.projectDir", "."), "src/test/resources/gate/fixtures");
    static final Path RUN_A = FIXTURES.resolve("run-a.json");
    static final Path RUN_B = FIXTURES.resolve("run-b.json");
    /**
     * The fixture benchmark the tests scale. Its primary time varies by ~70% between forks on the loaded
     * machine that recorded the fixtures (the gate's MDE for it is far above 20%), but its
     * gc.alloc.rate.norm varies by 0.1%: scaling all its samples by 1.2 is caught through that metric.
     */
    private static final String SCALED_CLASS = "gatefix.ReadBenchmark.fair";
    private static final String SCALED_STRATEGY = "readAllBytes";
    private static final String SCALED_NAME = "ReadBenchmark.fair corpus=english-64KiB strategy=" + SCALED_STRATEGY;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun gate(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "gate";
        System.arraycopy(args, 0, full, 1, args.length);
        return CliRun.of(full);
    }

    /** A copy of run B with every raw sample of the scaled benchmark (primary and secondary metrics) multiplied by {@code factor}. */
    static Path scaledRunB(Path dir, double factor) throws IOException {
        ArrayNode root = (ArrayNode) JSON.readTree(RUN_B.toFile());
        int hits = 0;
        for (JsonNode b : root) {
            if (b.get("benchmark").asText().equals(SCALED_CLASS) && b.get("params").get("strategy").asText().equals(SCALED_STRATEGY)) {
                List<ObjectNode> metrics = new ArrayList<>();
                metrics.add((ObjectNode) b.get("primaryMetric"));
                b.get("secondaryMetrics").forEach(m -> metrics.add((ObjectNode) m));
                for (ObjectNode metric : metrics) {
                    for (JsonNode fork : metric.get("rawData")) {
                        ArrayNode it = (ArrayNode) fork;
                        for (int i = 0; i < it.size(); i++) {
                            it.set(i, DoubleNode.valueOf(it.get(i).asDouble() * factor));
                        }
                    }
                    metric.put("score", metric.get("score").asDouble() * factor);
                }
                hits++;
            }
        }
        assertEquals(1, hits);
        Path out = dir.resolve("run-b-x" + factor + ".json");
        JSON.writeValue(out.toFile(), root);
        return out;
    }

    @Test
    void twoRealRunsOfTheSameBuildPass() {
        CliRun o = gate("--baseline", RUN_A.toString(), "--candidate", RUN_B.toString());
        assertEquals(ExitCode.OK, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("PASS: 16 tested"), o.out());
    }

    @Test
    void oneBenchmarkTwentyPercentSlowerFailsNamingIt(@TempDir Path dir) throws IOException {
        CliRun o = gate("--baseline", RUN_A.toString(), "--candidate", scaledRunB(dir, 1.2).toString());
        assertEquals(ExitCode.FAILED, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("1 regressed") && o.out().contains("regressed: " + SCALED_NAME + " [gc.alloc.rate.norm] +20.0%"),
                o.out());
    }

    @Test
    void oneBenchmarkTwoPercentSlowerPasses(@TempDir Path dir) throws IOException {
        CliRun o = gate("--baseline", RUN_A.toString(), "--candidate", scaledRunB(dir, 1.02).toString());
        assertEquals(ExitCode.OK, o.code(), o.out() + o.err());
    }

    @Test
    void theApiSeesTheSameThroughForkSamplesScaled() {
        RunResults a = JmhJsonReader.read(RUN_A);
        RunResults b = JmhJsonReader.read(RUN_B);
        List<BenchmarkResult> scaled = new ArrayList<>();
        String key = null;
        for (BenchmarkResult r : b.results()) {
            if (r.benchmark().equals(SCALED_CLASS) && SCALED_STRATEGY.equals(r.param("strategy"))) {
                java.util.TreeMap<String, Metric> secondary = new java.util.TreeMap<>();
                r.secondary().forEach((name, m) -> secondary.put(name, scaled(m, 1.2)));
                r = new BenchmarkResult(r.benchmark(), r.mode(), r.params(), r.forks(), r.threads(), r.warmupIterations(),
                        r.measurementIterations(), scaled(r.primary(), 1.2), secondary, r.environment());
                key = r.key();
            }
            scaled.add(r);
        }
        GateResult g = Gate.compare(a, new RunResults("b-scaled", b.source(), b.environment(), scaled), GateOptions.defaults());
        assertEquals(org.mmapbench.gate.GateOutcome.REGRESSED, g.outcome());
        assertEquals(java.util.Set.of(key), g.regressedKeys());
    }

    private static Metric scaled(Metric m, double factor) {
        return new Metric(m.name(), m.unit(), m.score() * factor, m.scoreError(),
                m.forks().stream().map(f -> f.scaled(factor)).toList());
    }

    @Test
    void malformedInputIsAUsageErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("jmh.json");
        String text = Files.readString(RUN_B);
        Files.writeString(bad, text.substring(0, text.length() / 2));
        CliRun o = gate("--baseline", RUN_A.toString(), "--candidate", dir.toString());
        assertEquals(ExitCode.USAGE, o.code(), o.out() + o.err());
        assertTrue(o.err().startsWith("mmapbench: ") && o.err().contains("jmh.json"), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
    }

    @Test
    void missingFilesAndBadOptionsAreUsageErrors(@TempDir Path dir) {
        assertEquals(ExitCode.USAGE, gate("--baseline", dir.resolve("nope").toString(), "--candidate", RUN_B.toString()).code());
        assertEquals(ExitCode.USAGE, gate("--baseline", RUN_A.toString()).code());
        assertEquals(ExitCode.USAGE, gate("--baseline", RUN_A.toString(), "--candidate", RUN_B.toString(), "--threshold", "abc").code());
        assertEquals(ExitCode.USAGE, gate("--baseline", RUN_A.toString(), "--candidate", RUN_B.toString(), "--alpha", "1.5").code());
        CliRun help = gate("--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("--relative") && help.out().contains("--allow-env-mismatch"), help.out());
    }

    @Test
    void noRawDataIsInconclusive(@TempDir Path dir) throws IOException {
        ArrayNode root = (ArrayNode) JSON.readTree(RUN_B.toFile());
        for (JsonNode b : root) {
            ((ObjectNode) b.get("primaryMetric")).remove("rawData");
        }
        Path noRaw = dir.resolve("noraw.json");
        JSON.writeValue(noRaw.toFile(), root);
        CliRun o = gate("--baseline", RUN_A.toString(), "--candidate", noRaw.toString());
        assertEquals(ExitCode.INCONCLUSIVE, o.code(), o.out());
        assertTrue(o.out().contains("no per-fork raw data"), o.out());
    }

    @Test
    void foreignEnvironmentsAreRefusedUnlessRelativeOrAllowed(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        Files.copy(RUN_A, a.resolve("jmh.json"));
        Files.copy(RUN_B, b.resolve("jmh.json"));
        Files.writeString(a.resolve("environment.json"), "{\"cpu.model\": \"CPU One\", \"cpu.cores\": \"2\"}");
        Files.writeString(b.resolve("environment.json"), "{\"cpu.model\": \"CPU Two\", \"cpu.cores\": \"2\"}");
        CliRun refused = gate("--baseline", a.toString(), "--candidate", b.toString());
        assertEquals(ExitCode.INCONCLUSIVE, refused.code(), refused.out());
        assertTrue(refused.out().contains("cpu.model: CPU One -> CPU Two"), refused.out());
        assertEquals(ExitCode.OK, gate("--baseline", a.toString(), "--candidate", b.toString(), "--allow-env-mismatch").code());
        // Relative mode is not refused: it compares the 4 mapped-vs-regular pairs. (Its verdicts on these
        // noisy fixtures are not the point here; the calibration and GateTest cover them.)
        CliRun relative = gate("--baseline", a.toString(), "--candidate", b.toString(), "--relative");
        assertTrue(relative.code() == ExitCode.OK || relative.code() == ExitCode.FAILED, relative.out());
        assertTrue(relative.out().contains(": 4 tested") && relative.out().contains("mappedSegment vs readAllBytes"), relative.out());
        assertTrue(relative.out().contains("environments differ: cpu.model: CPU One -> CPU Two"), relative.out());
    }

    @Test
    void outWritesTheGateFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports/latest");
        assertEquals(ExitCode.OK, gate("--baseline", RUN_A.toString(), "--candidate", RUN_B.toString(), "--out", out.toString()).code());
        for (String f : List.of("gate.csv", "gate.md", "gate.html", "gate.txt")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(17, Files.readAllLines(out.resolve("gate.csv")).size());
    }
}
