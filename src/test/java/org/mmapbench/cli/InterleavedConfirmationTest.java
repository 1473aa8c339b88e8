package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.mmapbench.Needs;
import org.mmapbench.corpus.Sha256;
import org.mmapbench.run.BuildJar;

/**
 * A sequential gate against a stored baseline whose build is the running jar: a row that looks
 * regressed against the stored numbers is re-run with both builds, forks interleaved, and only that
 * comparison decides it. The baseline is a real run of the jar with its times divided by 10, far beyond
 * any noise of a loaded machine, as a drifted machine would make them look (only more so). Isolated: the forks drop the
 * corpus from the page cache, which fails while a concurrent test keeps it mapped.
 */
@Isolated
class InterleavedConfirmationTest {

    private static final String BENCHMARK = "ReadBenchmark.windowed";

    @Test
    @Needs.JmhForks
    @Needs.Corpus
    void aDriftedStoredBaselineIsNotAConfirmedRegression(@TempDir Path tmp) throws Exception {
        Path jar = Path.of(System.getProperty("mmapbench.projectDir", ".")).toAbsolutePath().resolve("target/mmapbench.jar");
        assertTrue(Files.isRegularFile(jar), "run the integration tests with 'mvn verify', which packages " + jar + " first");
        Path out = tmp.resolve("results");
        Child first = mmapbench(tmp, jar, "run", "--profile", "quick", "--include", BENCHMARK, "--out", out.toString(),
                "--run-id", "first", "--no-python");
        assertEquals(ExitCode.OK, first.code, first.log);
        ObjectMapper json = new ObjectMapper();
        JsonNode env = json.readTree(out.resolve("first/environment.json").toFile());
        assertEquals(Sha256.of(jar), env.path(BuildJar.SHA256_PROPERTY).asText(), "the run records the build its forks ran");

        Path baseline = Files.createDirectory(tmp.resolve("baseline"));
        Files.copy(out.resolve("first/environment.json"), baseline.resolve("environment.json"));
        ArrayNode runs = (ArrayNode) json.readTree(out.resolve("first/jmh.json").toFile());
        for (JsonNode b : runs) {
            ObjectNode primary = (ObjectNode) b.path("primaryMetric");
            primary.put("score", primary.path("score").asDouble() / 10);
            for (JsonNode fork : primary.path("rawData")) {
                ArrayNode iterations = (ArrayNode) fork;
                for (int i = 0; i < iterations.size(); i++) {
                    iterations.set(i, iterations.get(i).asDouble() / 10);
                }
            }
        }
        json.writeValue(baseline.resolve("jmh.json").toFile(), runs);

        Child second = mmapbench(tmp, jar, "run", "--profile", "quick", "--include", BENCHMARK, "--out", out.toString(),
                "--run-id", "second", "--no-python", "--baseline", baseline.toString());
        assertEquals(ExitCode.OK, second.code, second.log);
        assertTrue(second.log.contains("re-running them with both builds, forks interleaved, to confirm"), second.log);
        assertTrue(second.log.contains("not confirmed by an interleaved re-run (against the stored baseline regressed +"), second.log);
        for (String side : List.of("second-confirm-baseline", "second-confirm")) {
            JsonNode sideEnv = json.readTree(out.resolve(side).resolve("environment.json").toFile());
            assertEquals(Sha256.of(jar), sideEnv.path(BuildJar.SHA256_PROPERTY).asText(), side);
            assertEquals("6", sideEnv.path("compare.forks").asText(), side);
        }
    }

    private record Child(int code, String log) {
    }

    private static Child mmapbench(Path tmp, Path jar, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp,
                "-Dmmapbench.projectDir=" + System.getProperty("mmapbench.projectDir", "."), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(tmp, "child", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mmapbench " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Child(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
