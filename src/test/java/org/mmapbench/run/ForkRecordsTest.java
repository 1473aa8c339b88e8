package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkRecordsTest {
    private static final List<String> PROFILE = List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Dmmapbench.corpus.x=/c/x");

    private static String jvm(long pid, String cache, List<String> args, String max) {
        return """
                {"kind":"jvm","pid":%d,"benchmark":"org.mmapbench.bench.ReadBenchmark.fair","params":{"cache":"%s","corpus":"x"},\
                "uptimeMillis":%d,"inputArguments":[%s],"InitialHeapSize":"%s","MaxHeapSize":"%s","AlwaysPreTouch":"true",\
                "UseTransparentHugePages":"false"}
                """.formatted(pid, cache, 1000 + pid, String.join(",", args.stream().map(a -> "\"" + a + "\"").toList()), max, max);
    }

    private static String cache(long pid, String state, String fill, String folios) {
        return """
                {"kind":"cache","pid":%d,"benchmark":"org.mmapbench.bench.ReadBenchmark.fair","params":{},"corpus":"x",\
                "cache":"%s","fill":"%s","file":"corpus","pages":574,"residentAfterTrial":574,"fills":1,"fillMillis":3.5,\
                "folios":"%s"}
                """.formatted(pid, state, fill, folios);
    }

    private static List<String> withJmh(List<String> args) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of("-XX:CompileCommandFile=/tmp/jmh1.compilecommand", "-DcompilerBlackholesEnabled=true"));
        return all;
    }

    @Test
    void forksWithTheProfilesFlagsPassAndAreSummarised(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fork-1.jsonl"), jvm(1, "warm", withJmh(PROFILE), "1073741824")
                + cache(1, "warm", "read", "4KiB x 2, 2MiB x 1 (99.6% of bytes in large folios)"));
        Files.writeString(dir.resolve("fork-2.jsonl"), jvm(2, "warm-mapped", withJmh(PROFILE), "1073741824")
                + cache(2, "warm-mapped", "mapped-touch", "4KiB x 574 (0.0% of bytes in large folios)"));
        Files.writeString(dir.resolve("other.txt"), "not a record");
        ForkRecords r = ForkRecords.read(dir);
        assertDoesNotThrow(() -> r.verify(PROFILE, 1L << 30, 2));
        Map<String, String> p = r.properties();
        assertEquals("2", p.get("fork.count"));
        assertEquals(String.join(" ", PROFILE) + " -XX:CompileCommandFile=<jmh hints> -DcompilerBlackholesEnabled=true",
                p.get("fork.jvm.args"), "one value: every fork ran alike");
        assertEquals("1073741824", p.get("fork.MaxHeapSize"));
        assertEquals("warm,warm-mapped", p.get("cache.ReadBenchmark.fair"));
        assertEquals("read before each of 1 trials", p.get("fill.x.warm"));
        assertEquals("mapped-touch before each of 1 trials", p.get("fill.x.warm-mapped"));
        assertEquals("3.5", p.get("fill.x.warm.millis"));
        assertEquals("4KiB x 574 (0.0% of bytes in large folios)", p.get("folios.x.warm-mapped"));
        assertTrue(p.get("fork.startup_seconds").startsWith("median 1.00"), p.get("fork.startup_seconds"));
    }

    @Test
    void aForkWithTheLaunchersHeapFailsTheRun(@TempDir Path dir) throws IOException {
        List<String> inherited = new java.util.ArrayList<>(PROFILE);
        inherited.addAll(List.of("-Xms256m", "-Xmx1g"));
        Files.writeString(dir.resolve("fork-7.jsonl"), jvm(7, "warm", inherited, "1073741824"));
        RunFailedException e = assertThrows(RunFailedException.class, () -> ForkRecords.read(dir).verify(PROFILE, 1L << 30, 1));
        assertTrue(e.getMessage().contains("extra JVM argument '-Xms256m'"), e.getMessage());
    }

    @Test
    void aForkWithAnotherHeapOrMissingForksFailTheRun(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fork-3.jsonl"), jvm(3, "warm", PROFILE, "2147483648"));
        ForkRecords r = ForkRecords.read(dir);
        RunFailedException heap = assertThrows(RunFailedException.class, () -> r.verify(PROFILE, 1L << 30, 1));
        assertTrue(heap.getMessage().contains("MaxHeapSize 2147483648"), heap.getMessage());
        RunFailedException count = assertThrows(RunFailedException.class, () -> r.verify(PROFILE, 2147483648L, 2));
        assertTrue(count.getMessage().contains("2 forks ran but 1 recorded"), count.getMessage());
        RunFailedException order = assertThrows(RunFailedException.class,
                () -> r.verify(List.of("-Xmx1g", "-Xms1g", "-XX:+AlwaysPreTouch", "-Dmmapbench.corpus.x=/c/x"), 2147483648L, 1));
        assertTrue(order.getMessage().contains("instead of"), order.getMessage());
    }
}
