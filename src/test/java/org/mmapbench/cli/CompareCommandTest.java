package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.bench.CellState;

/**
 * The compare command. Isolated: its forks drop the corpus from the page cache before each warm fill, which
 * fails while a concurrent test of the same JVM (CellContractTest) keeps the corpus mapped.
 */
@Isolated
class CompareCommandTest {

    /** The runnable jar the build's package phase wrote (the integration phase runs after it). */
    private static Path jar() {
        Path jar = Path.of(System.getProperty("mmapbench.projectDir", ".")).toAbsolutePath().resolve("target/mmapbench.jar");
        assertTrue(Files.isRegularFile(jar), "run the integration tests with 'mvn verify', which packages " + jar + " first");
        return jar;
    }

    @Test
    void aMissingOrForeignJarIsOneLineNamingIt(@TempDir Path tmp) throws IOException {
        Path missing = tmp.resolve("nope.jar");
        CliRun r = CliRun.of("compare", "--baseline-jar", missing.toString(), "--candidate-jar", missing.toString(),
                "--profile", "smoke", "--out", tmp.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.oneErrorLine().contains("--baseline-jar: " + missing), r.err());
        Path text = Files.writeString(tmp.resolve("text.jar"), "not a zip");
        CliRun t = CliRun.of("compare", "--baseline-jar", text.toString(), "--candidate-jar", text.toString(),
                "--profile", "smoke", "--out", tmp.toString());
        assertEquals(ExitCode.USAGE, t.code(), t.err());
        assertTrue(t.oneErrorLine().contains(text + " is not a jar"), t.err());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(missing.getParent().resolve("text.jar")), files.toList(), "no run folder claimed");
        }
    }

    @Test
    void fewerThanOneForkAndBothBaselinesAreUsageErrors(@TempDir Path tmp) {
        CliRun r = CliRun.of("compare", "--baseline-jar", "a.jar", "--candidate-jar", "b.jar", "--forks", "0", "--dry-run");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.oneErrorLine().contains("--forks: 0"), r.err());
        CliRun both = CliRun.of("run", "--profile", "smoke", "--out", tmp.toString(), "--baseline", tmp.toString(), "--baseline-jar", "a.jar");
        assertEquals(ExitCode.USAGE, both.code(), both.err());
        assertTrue(both.oneErrorLine().contains("--baseline-jar and --baseline"), both.err());
    }

    @Test
    void dryRunEstimatesTwiceTheForks() {
        CliRun r = CliRun.of("compare", "--baseline-jar", "a.jar", "--candidate-jar", "b.jar", "--profile", "quick", "--dry-run");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("mmapbench compare: 6 fork(s) a side, interleaved; estimated wall time"), r.err());
    }

    /** An interleaved A/A compare on two benchmarks, 3 forks a side: the forks interleave in balanced blocks, and the gate finds nothing. */
    @Test
    @Needs.JmhForks
    @Needs.Corpus
    void interleavedAaOnATinyPlanPasses(@TempDir Path out) throws IOException {
        Path jar = jar();
        CliRun r = CliRun.of("compare", "--baseline-jar", jar.toString(), "--candidate-jar", jar.toString(), "--profile", "smoke",
                "--include", "ReadBenchmark.fair", "--forks", "3", "--out", out.toString(), "--run-id", "aa",
                "--baseline-jvm-arg=-Dmmapbench.test.side=A", "--candidate-jvm-arg=-Dmmapbench.test.side=B", "--verbose");
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        // JMH prints each fork's JVM options: balanced blocks A, B, B, A, ..., the phase flipped for the second benchmark.
        Matcher m = Pattern.compile("# VM options: .*-Dmmapbench\\.test\\.side=([AB])").matcher(r.out());
        List<String> order = new ArrayList<>();
        while (m.find()) {
            order.add(m.group(1));
        }
        assertEquals(List.of("A", "B", "B", "A", "A", "B", "B", "A", "A", "B", "B", "A"), order);
        ObjectMapper json = new ObjectMapper();
        for (String side : List.of("baseline", "candidate")) {
            Path dir = out.resolve("aa-" + side);
            JsonNode runs = json.readTree(dir.resolve("jmh.json").toFile());
            assertEquals(2, runs.size(), side);
            for (JsonNode b : runs) {
                assertEquals(3, b.path("forks").asInt(), side);
                assertEquals(3, b.path("primaryMetric").path("rawData").size(), side + ": one raw-data row per fork");
            }
            JsonNode env = json.readTree(dir.resolve("environment.json").toFile());
            assertEquals(side, env.path("compare.side").asText());
            assertEquals("6", env.path("fork.count").asText(), side);
        }
        assertTrue(r.out().contains("PASS"), r.out());
    }

    /**
     * A candidate made about 20 times slower through a test-only system property is caught, also on a loaded machine. Six
     * forks a side: with three, a slowed side whose forks spread 1x-7x under load (seen: 10.8, 50.0 and 71.7 ms) leaves
     * Welch's t two degrees of freedom, and Holm over four rows took p from 0.02 to 0.078.
     */
    @Test
    @Needs.JmhForks
    @Needs.Corpus
    void aDeliberateSlowdownIsDetected(@TempDir Path out) throws IOException {
        Path jar = jar();
        CliRun r = CliRun.of("compare", "--baseline-jar", jar.toString(), "--candidate-jar", jar.toString(), "--profile", "smoke",
                "--include", "ReadBenchmark.fair", "--forks", "6", "--out", out.toString(), "--run-id", "slow",
                "--candidate-jvm-arg=-D" + CellState.SLOWDOWN_PROPERTY + "=4000000");
        assertEquals(ExitCode.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL: ") && r.out().contains("regressed: ReadBenchmark.fair"), r.out());
        // Without --verbose JMH's output goes to each side's jmh.log, not to the console.
        assertFalse(r.out().contains("# VM options:"), r.out());
        for (String side : List.of("baseline", "candidate")) {
            assertTrue(Files.readString(out.resolve("slow-" + side).resolve("jmh.log")).contains("# VM options:"), side);
        }
    }
}
