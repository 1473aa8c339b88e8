package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.bench.ForkJvm;
import org.mmapbench.bench.OsCountersProfiler;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.sys.ThreadCounter;
import org.mmapbench.util.CannotRunException;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One real JMH fork inside a small {@link MemoryCgroup}: a mapped read of a file three times larger
 * than the limit, from a cold start, keeps faulting the file in from storage in every iteration, where
 * an unlimited fork would find it cached after the first. Skipped where no memory cgroup can be made
 * (not root, no memory controller).
 */
@Needs.JmhForks
@Needs.PageCache
class MemoryLimitForkTest {
    private static final long LIMIT = 128L << 20;
    private static final int FILE_MIB = 384;
    private static final String CORPUS = "memory-limit-test";
    private static final int ITERATIONS = 3;

    @Test
    void aMappedReadOfAFileLargerThanTheLimitFaultsFromStorageInEveryIteration(@TempDir Path dir) throws IOException, RunnerException {
        MemoryCgroup cgroup;
        try {
            cgroup = MemoryCgroup.create(MemoryCgroup.ROOT, MemoryCgroup.currentUid(), RunExecutor.cgroupName("memory-limit-test"), LIMIT);
        } catch (CannotRunException e) {
            Assumptions.abort(e.getMessage());
            return;
        }
        String oldIgnoreLock = System.setProperty("jmh.ignoreLock", "true"); // a test, not a measurement
        try {
            Path file = text(dir.resolve("text.txt"));
            Path tmp = Files.createDirectory(dir.resolve("tmp"));
            List<String> jvm = new ArrayList<>(ForkJvm.args("32m"));
            jvm.addAll(ForkCorpora.jvmArgs(dir, Map.of(CORPUS, file)));
            jvm.add("-Djava.io.tmpdir=" + tmp);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Collection<RunResult> results = new Runner(new OptionsBuilder()
                    .include("^" + Pattern.quote("org.mmapbench.bench.ReadBenchmark.fair") + "$")
                    .mode(Mode.AverageTime).timeUnit(TimeUnit.MICROSECONDS)
                    .forks(1).warmupIterations(0)
                    .measurementIterations(ITERATIONS).measurementTime(TimeValue.milliseconds(100))
                    .threads(1).shouldFailOnError(true)
                    .addProfiler(OsCountersProfiler.class)
                    .jvm(cgroup.launcher(java, dir).toString())
                    .jvmArgs(jvm.toArray(String[]::new)).jvmArgsPrepend().jvmArgsAppend()
                    .param("corpus", CORPUS).param("strategy", "mappedSegment").param("cache", "cold-start")
                    .build()).run();
            assertEquals(1, results.size());
            List<IterationResult> iterations = new ArrayList<>(results.iterator().next().getBenchmarkResults().iterator().next().getIterationResults());
            assertEquals(ITERATIONS, iterations.size());
            for (IterationResult it : iterations.subList(1, ITERATIONS)) {
                double major = it.getSecondaryResults().get(OsCountersProfiler.metric(ThreadCounter.MAJOR_FAULTS)).getScore();
                double read = it.getSecondaryResults().get(OsCountersProfiler.metric(ThreadCounter.READ_BYTES)).getScore();
                assertTrue(major > 0, "a later pass still waits for storage: " + major + " major faults per operation");
                assertTrue(read > Files.size(file) / 2.0, "a later pass reads most of the file from storage again: " + read + " bytes of "
                        + Files.size(file));
            }
            Map<String, String> facts = cgroup.facts();
            long peak = Long.parseLong(facts.get("fork.cgroup.peak_bytes"));
            assertTrue(peak > (16L << 20) && peak <= LIMIT, "the fork was charged, up to the limit: " + facts);
        } finally {
            if (oldIgnoreLock == null) {
                System.clearProperty("jmh.ignoreLock");
            } else {
                System.setProperty("jmh.ignoreLock", oldIgnoreLock);
            }
            cgroup.close();
        }
    }

    /** Writes {@value #FILE_MIB} MiB of English words to {@code file}, forced to storage so the fork's cold start can drop it. */
    private static Path text(Path file) throws IOException {
        byte[] line = "the quick brown fox jumps over the lazy dog and the cat\n".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        while (chunk.remaining() >= line.length) {
            chunk.put(line);
        }
        while (chunk.hasRemaining()) {
            chunk.put((byte) '\n');
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < FILE_MIB; i++) {
                chunk.rewind();
                while (chunk.hasRemaining()) {
                    ch.write(chunk);
                }
            }
            ch.force(true);
        }
        return file;
    }
}
