package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

class RunCommandTest {

    @Test
    void unknownProfileIsAUsageError() {
        CliRun r = CliRun.of("run", "--profile", "fast", "--dry-run");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("mmapbench: --profile: unknown profile 'fast'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void badIncludeIsAUsageError() {
        CliRun r = CliRun.of("run", "--profile", "quick", "--include", "Find(", "--dry-run");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--include: 'Find(' is not a valid regular expression"), r.err());
        CliRun none = CliRun.of("run", "--profile", "quick", "--include", "NoSuchBenchmark", "--dry-run");
        assertEquals(ExitCode.USAGE, none.code());
        assertTrue(none.err().contains("matches no benchmark of profile quick"), none.err());
    }

    @Test
    void badRunIdAndJvmAreUsageErrors(@TempDir Path out) {
        CliRun id = CliRun.of("run", "--profile", "smoke", "--out", out.toString(), "--run-id", "../escape");
        assertEquals(ExitCode.USAGE, id.code());
        assertTrue(id.err().contains("--run-id: '../escape'"), id.err());
        CliRun jvm = CliRun.of("run", "--profile", "smoke", "--out", out.toString(), "--jvm", out.resolve("no-java").toString());
        assertEquals(ExitCode.USAGE, jvm.code());
        assertTrue(jvm.err().contains("--jvm:"), jvm.err());
    }

    @Test
    void anExistingRunFolderIsNeverOverwritten(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("taken"));
        CliRun r = CliRun.of("run", "--profile", "smoke", "--out", out.toString(), "--run-id", "taken");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("already exists"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, CliRun.of("run", "--forks", "0").code());
    }

    @Test
    void helpDescribesProfiles() {
        CliRun r = CliRun.of("run", "--help");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String help = r.out();
        for (String s : List.of("--profile", "--include", "--out", "--run-id", "--jvm", "smoke", "quick", "standard", "full")) {
            assertTrue(help.contains(s), s + " in " + help);
        }
    }

    @Test
    void dryRunPrintsThePlanAndItsEstimate() {
        CliRun r = CliRun.of("run", "--profile", "quick", "--dry-run");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("profile quick:") && r.err().contains("5 fork(s) each"), r.err());
        assertTrue(r.err().contains("estimated wall time"), r.err());
        CliRun writes = CliRun.of("run", "--profile", "writes", "--include", "PatchBenchmark.durability", "--dry-run");
        assertEquals(ExitCode.OK, writes.code(), writes.err());
        assertTrue(writes.err().contains("strategy=channelDirect,randomAccessFile,mappedBuffer,mappedSegment,tempMove,copyBack"
                + " durability=none,synced  (~"), "a workload's own parameters after its strategies: " + writes.err());
    }

    /** The smoke profile end to end: real JMH forks, both JSON files, raw data and allocation rates. */
    @Test
    @Needs.JmhForks
    @Needs.Corpus
    void smokeRunWritesBothJsonFiles(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("run", "--profile", "smoke", "--out", out.toString(), "--run-id", "smoke-test");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("benchmark 1 of 4"), "progress line: " + r.err());
        assertTrue(r.err().contains("cross-check passed"), r.err());

        Path runDir = out.resolve("smoke-test");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(runDir), files.toList(), "no temporary folders left behind");
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode results = json.readTree(runDir.resolve("jmh.json").toFile());
        assertEquals(4, results.size());
        Set<String> strategies = new TreeSet<>();
        for (JsonNode b : results) {
            assertTrue(b.get("forks").asInt() >= 1);
            assertEquals("avgt", b.get("mode").asText());
            assertEquals("us/op", b.get("primaryMetric").get("scoreUnit").asText());
            JsonNode raw = b.get("primaryMetric").get("rawData");
            assertEquals(b.get("forks").asInt(), raw.size(), "one rawData row per fork");
            assertEquals(2, raw.get(0).size(), "two measurement iterations");
            assertTrue(b.get("secondaryMetrics").has("gc.alloc.rate.norm"), b.toString());
            assertEquals("don-quixote", b.get("params").get("corpus").asText());
            strategies.add(b.get("params").get("strategy").asText());
            assertTrue(b.get("primaryMetric").get("score").asDouble() > 0);
        }
        assertEquals(Set.of("readAllBytes", "mappedSegment"), strategies);

        JsonNode env = json.readTree(runDir.resolve("environment.json").toFile());
        for (String key : List.of("jdk.version", "jdk.vendor", "jvm.args", "os.name", "os.kernel", "cpu.model", "cpu.cores",
                "memory.bytes", "fs.type", "thp", "read_ahead_kb", "fault_around_bytes", "git.commit", "hostname",
                "profile", "run.id", "time.start", "time.end", "cache.states",
                "corpus.don-quixote.sha256", "corpus.don-quixote.bytes")) {
            assertTrue(env.has(key), key + " in " + env);
            assertTrue(env.get(key).isTextual(), key + " is a string");
        }
        assertEquals("69ef241e632ef4fba882bde06ad31ecb395d865b11028cc046c4d253f4cf118e", env.get("corpus.don-quixote.sha256").asText());
        assertEquals("2347853", env.get("corpus.don-quixote.bytes").asText());
        assertEquals("smoke", env.get("profile").asText());
        assertEquals("smoke-test", env.get("run.id").asText());
        assertEquals("warm", env.get("cache.states").asText());
        assertTrue(env.get("jvm.args").asText().startsWith("-Xms1g -Xmx1g -XX:+AlwaysPreTouch "), env.get("jvm.args").asText());
        assertTrue(env.get("fork.jvm.args").asText().startsWith(env.get("jvm.args").asText()), "what the forks really ran with");
        assertEquals("1073741824", env.get("fork.MaxHeapSize").asText());
        assertEquals("read before each of 4 trials", env.get("fill.don-quixote.warm").asText());
        assertTrue(Runtime.Version.parse(env.get("jdk.version").asText()).feature() >= 25, env.get("jdk.version").asText());
        assertFalse(env.get("cpu.model").asText().isBlank());
    }
}
