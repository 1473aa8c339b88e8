package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.access.FileChangedWhileMappedException;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.util.CannotRunException;
import org.mmapbench.util.OwnedFolder;
import org.mmapbench.util.UserInputException;
import org.openjdk.jmh.runner.BenchmarkException;
import org.openjdk.jmh.runner.RunnerException;

/** Issue 8 regressions in the run: the run-folder claim (item 4), late validation (item 11), failure codes (items 7, 12). */
class RunSafetyTest {

    private static final PrintStream SINK = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static RunExecutor.Request request(Path out, String id) {
        return new RunExecutor.Request(BenchProfile.SMOKE, ".*", out, id, null, Path.of(System.getProperty("mmapbench.projectDir", ".")));
    }

    @Test
    void item4TwoRunsWithTheSameIdCannotBothClaimTheFolder(@TempDir Path out) throws Exception {
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger won = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    RunExecutor.claimRunFolder(request(out, "same-id"));
                    won.incrementAndGet();
                } catch (UserInputException e) {
                    refused.incrementAndGet();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, won.get());
        assertEquals(racers - 1, refused.get());
        assertTrue(Files.isRegularFile(out.resolve("same-id").resolve(OwnedFolder.MARKER)));
    }

    @Test
    void item4AFailedRunReleasesItsClaim(@TempDir Path out) {
        RunPlan plan = RunPlan.of(BenchProfile.SMOKE, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        RunExecutor ex = new RunExecutor(CorpusLocator.standard(request(out, "x").projectDir()), (p, c) -> {
            throw new RunFailedException("refused", null);
        }, SINK, SINK);
        assertThrows(RunFailedException.class, () -> ex.execute(plan, request(out, "x")));
        assertFalse(Files.exists(out.resolve("x")));
    }

    @Test
    void item11AnUnusableOutputIsRefusedBeforeAnythingIsChecked(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("existing-file"), "mine");
        RunPlan plan = RunPlan.of(BenchProfile.SMOKE, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        AtomicInteger checked = new AtomicInteger();
        RunExecutor ex = new RunExecutor(CorpusLocator.standard(request(file, "x").projectDir()), (p, c) -> checked.incrementAndGet(),
                SINK, SINK);
        UserInputException e = assertThrows(UserInputException.class, () -> ex.execute(plan, request(file, "x")));
        assertTrue(e.getMessage().startsWith("--out: " + file + " is a regular file, not a folder"), e.getMessage());
        assertEquals(0, checked.get(), "nothing was cross-checked or measured");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void item11AReadOnlyOutputIsRefusedBeforeAnythingIsChecked(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root writes anywhere");
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        ro.toFile().setWritable(false, false);
        try {
            AtomicInteger checked = new AtomicInteger();
            RunExecutor ex = new RunExecutor(CorpusLocator.standard(request(ro, "x").projectDir()),
                    (p, c) -> checked.incrementAndGet(), SINK, SINK);
            assertThrows(UserInputException.class,
                    () -> ex.execute(RunPlan.of(BenchProfile.SMOKE, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST), request(ro, "x")));
            assertEquals(0, checked.get());
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void item12AHeldJmhLockIsCannotRunNotAFailure() {
        RuntimeException e = RunExecutor.failure("ReadBenchmark.fair",
                new RunnerException("Another JMH instance might be running. Unable to acquire the JMH lock (/tmp/jmh.lock)"));
        assertTrue(e instanceof CannotRunException, e.toString());
    }

    @Test
    void item7AForkThatSawTheCorpusChangeWhileMappedIsBadInput() {
        RuntimeException e = RunExecutor.failure("ReadBenchmark.fair", new RunnerException("Benchmark had encountered error",
                new IllegalStateException("/data/c.txt: the file " + FileChangedWhileMappedException.PHRASE + " (truncated)")));
        assertTrue(e instanceof UserInputException && e.getMessage().contains("/data/c.txt"), e.toString());
    }

    @Test
    void item7AForkExceptionJmhHandsOverAsSuppressedIsFoundBehindTheJvmsFault() {
        // JMH 1.37 wraps a fork's exceptions as suppressed ones of a BenchmarkException; the root cause is
        // HotSpot's fault, whose message does not name the file.
        RuntimeException changed = new IllegalStateException("/data/ring: the file " + FileChangedWhileMappedException.PHRASE
                + " (truncated)", new InternalError("a fault occurred in an unsafe memory access operation"));
        BenchmarkException forks = new BenchmarkException("Benchmark error during the run", List.of(changed));
        RuntimeException e = RunExecutor.failure("IpcBenchmark.roundTrip", new RunnerException("Benchmark caught the exception", forks));
        assertTrue(e instanceof UserInputException && e.getMessage().contains("/data/ring"), e.toString());
    }
}
