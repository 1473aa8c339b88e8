package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.sys.ThreadCounter;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@link OsCountersProfiler} through real JMH forks (one fork each, tiny iterations), on an 8 MiB
 * English-like file on disk, checked against what the kernel must count: a windowed read makes one
 * read call per window, regular reads move the file's bytes through read calls and mapped reads move
 * none, a warm mapped scan takes between one fault per 2 MiB and one per 4 KiB, only a cold read
 * reaches storage, and the fresh copy before each replace is not counted.
 */
@Needs.JmhForks
@Needs.PageCache
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OsCountersForkTest {
    private static final String CORPUS = "os-counters-test";
    private static final int N = 8 << 20;
    private static final int WINDOW = 64 << 10;

    private Path dir;
    private Path file;
    private String oldIgnoreLock;
    private final Map<String, Map<String, Double>> counters = new TreeMap<>();

    @BeforeAll
    void measure(@TempDir Path tempDir) throws IOException, RunnerException {
        dir = tempDir;
        file = Files.write(dir.resolve("english-8MiB.txt"), EnglishLikeText.generate(N, 7));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        try {
            PageCache.dropAndVerify(file);
        } catch (IllegalStateException e) {
            Assumptions.abort("the file system of " + file + " keeps pages after POSIX_FADV_DONTNEED, so no read here is cold: "
                    + e.getMessage());
        }
        // A test, not a measurement: it may share the CPU with another JMH run rather than fail on its lock.
        oldIgnoreLock = System.setProperty("jmh.ignoreLock", "true");
        List<String> jvm = new ArrayList<>(ForkJvm.args("256m"));
        jvm.addAll(ForkCorpora.jvmArgs(dir, Map.of(CORPUS, file)));
        jvm.add("-Djava.io.tmpdir=" + tmp);
        run(jvm, "ReadBenchmark.fair", Map.of("strategy", new String[] {"readAllBytes", "mappedSegment"}, "cache", new String[] {"warm", "cold"}));
        run(jvm, "ReadBenchmark.windowed", Map.of("strategy", new String[] {"pread"}, "cache", new String[] {"warm"},
                "bufferSize", new String[] {Integer.toString(WINDOW)}));
        run(jvm, "ReplaceBenchmark.fair", Map.of("strategy", new String[] {"mappedSegment", "channelHeap"}));
    }

    @AfterAll
    void restore() {
        if (oldIgnoreLock == null) {
            System.clearProperty("jmh.ignoreLock");
        } else {
            System.setProperty("jmh.ignoreLock", oldIgnoreLock);
        }
    }

    private void run(List<String> jvm, String benchmark, Map<String, String[]> params) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + Pattern.quote("org.mmapbench.bench." + benchmark) + "$")
                .mode(Mode.AverageTime).timeUnit(TimeUnit.MICROSECONDS)
                .forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(2).measurementTime(TimeValue.milliseconds(200))
                .threads(1).shouldFailOnError(true)
                .addProfiler(OsCountersProfiler.class)
                .jvmArgs(jvm.toArray(String[]::new)).jvmArgsPrepend().jvmArgsAppend()
                .param("corpus", CORPUS);
        params.forEach(b::param);
        Collection<RunResult> results = new Runner(b.build()).run();
        int expected = params.values().stream().mapToInt(v -> v.length).reduce(1, (x, y) -> x * y);
        assertEquals(expected, results.size(), benchmark);
        for (RunResult r : results) {
            String key = benchmark + " " + r.getParams().getParam("strategy") + (r.getParams().getParam("cache") == null ? ""
                    : " " + r.getParams().getParam("cache"));
            Map<String, Double> m = new TreeMap<>();
            r.getSecondaryResults().forEach((name, result) -> m.put(name, result.getScore()));
            counters.put(key, m);
        }
    }

    private double get(String key, ThreadCounter c) {
        Map<String, Double> m = counters.get(key);
        Double v = m == null ? null : m.get(OsCountersProfiler.metric(c));
        assertTrue(v != null, key + " has no " + OsCountersProfiler.metric(c) + ": " + m);
        return v;
    }

    @Test
    void everyBenchmarkHasEveryCounterAndNoCounterIsZeroEverywhere() {
        assertEquals(7, counters.size(), counters.toString());
        for (ThreadCounter c : ThreadCounter.values()) {
            double max = 0;
            for (String key : counters.keySet()) {
                double v = get(key, c);
                assertTrue(v >= 0, key + " " + c + " = " + v);
                max = Math.max(max, v);
            }
            assertTrue(max > 0, OsCountersProfiler.metric(c) + " is 0 on every benchmark, so it measures nothing: " + counters);
        }
    }

    @Test
    void aWarmWindowedReadMakesOneReadCallPerWindowAndMovesTheFileOnce() {
        String k = "ReadBenchmark.windowed pread warm";
        double calls = get(k, ThreadCounter.SYSCR);
        assertTrue(calls >= N / WINDOW && calls <= N / WINDOW + 2, "about " + N / WINDOW + " read calls (+ the one that sees the end): " + calls);
        assertNear(N, get(k, ThreadCounter.RCHAR), 0.01, k + " rchar");
        assertWarm(k);
    }

    @Test
    void regularReadsMoveTheFileThroughReadCallsAndMappedReadsFaultItIn() {
        assertNear(N, get("ReadBenchmark.fair readAllBytes warm", ThreadCounter.RCHAR), 0.01, "readAllBytes rchar");
        String mapped = "ReadBenchmark.fair mappedSegment warm";
        assertTrue(get(mapped, ThreadCounter.RCHAR) < N / 100.0, "a mapped read copies nothing through read calls: " + counters.get(mapped));
        assertTrue(get(mapped, ThreadCounter.SYSCR) < 1, counters.get(mapped).toString());
        double faults = get(mapped, ThreadCounter.MINOR_FAULTS);
        assertTrue(faults >= N / (2 << 20) && faults <= N / 4096, "between N/2MiB and N/4KiB minor faults (fault_around_bytes "
                + faultAroundBytes() + "): " + faults);
        assertWarm(mapped);
    }

    @Test
    void onlyColdReadsReachStorage() {
        for (String s : List.of("readAllBytes", "mappedSegment")) {
            assertWarm("ReadBenchmark.fair " + s + " warm");
            assertTrue(get("ReadBenchmark.fair " + s + " cold", ThreadCounter.READ_BYTES) > N / 2.0, s + " cold: "
                    + counters.get("ReadBenchmark.fair " + s + " cold"));
        }
        assertTrue(get("ReadBenchmark.fair mappedSegment cold", ThreadCounter.MAJOR_FAULTS) >= 1,
                counters.get("ReadBenchmark.fair mappedSegment cold").toString());
        assertNear(N, get("ReadBenchmark.fair readAllBytes cold", ThreadCounter.RCHAR), 0.01, "the cache drop is not counted");
    }

    @Test
    void theFreshCopyBeforeEachReplaceIsNotCounted() {
        String mapped = "ReplaceBenchmark.fair mappedSegment";
        // The copy alone would count N bytes read and N written through system calls (and the refill N more read).
        assertTrue(get(mapped, ThreadCounter.RCHAR) < N / 100.0 && get(mapped, ThreadCounter.WCHAR) < N / 100.0,
                "a mapped replace changes the file in memory: " + counters.get(mapped));
        String regular = "ReplaceBenchmark.fair channelHeap";
        assertNear(N, get(regular, ThreadCounter.RCHAR), 0.01, "one read of the file, not the copy's too");
        assertNear(N, get(regular, ThreadCounter.WCHAR), 0.01, "one write of the replaced file");
        assertTrue(get(regular, ThreadCounter.SYSCW) >= 1, counters.get(regular).toString());
    }

    /**
     * A warm cell reads (next to) nothing from storage and waits for no fault: less than 1% of the
     * file per operation, against more than half of it cold. Not exactly 0: the page cache is shared
     * with the rest of the machine, whose memory pressure (or proactive reclaim) may evict a page of
     * the warm file now and then, and the next operation reads it back.
     */
    private void assertWarm(String key) {
        assertTrue(get(key, ThreadCounter.READ_BYTES) < N / 100.0, key + " warm: nothing from storage: " + counters.get(key));
        assertTrue(get(key, ThreadCounter.MAJOR_FAULTS) < 1, key + " warm: no fault waits for storage: " + counters.get(key));
    }

    /** The kernel's fault-around window, for the messages (debugfs; usually root only, often not mounted). */
    private static String faultAroundBytes() {
        try {
            return Files.readString(Path.of("/sys/kernel/debug/fault_around_bytes")).trim();
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getClass().getSimpleName();
        }
    }

    private static void assertNear(double expected, double actual, double relative, String what) {
        assertTrue(Math.abs(actual - expected) <= expected * relative, what + ": expected about " + expected + ", got " + actual);
    }
}
