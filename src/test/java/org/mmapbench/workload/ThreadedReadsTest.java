package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The thread-scaling workloads give the reference's answers with two threads at once, through every strategy. */
class ThreadedReadsTest {
    @TempDir
    Path dir;

    private static long sum(byte[] b, long from, int length) {
        long s = 0;
        for (int i = 0; i < length; i++) {
            s += b[(int) from + i] & 0xFF;
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sharedMapping", "sharedChannel", "channelPerThread", "preadShared"})
    void twoWorkersAtOnceAgreeWithTheReference(String strategy) throws Exception {
        byte[] bytes = new byte[5 * ThreadedReads.WINDOW + 777];
        new SplittableRandom(3).nextBytes(bytes);
        Path file = Files.write(dir.resolve("data"), bytes);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ThreadedReads.Trial trial = ThreadedReads.open(strategy, file)) {
            List<Future<long[]>> answers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int index = t;
                answers.add(pool.submit(() -> {
                    try (ThreadedReads.Worker w = trial.worker(index)) {
                        long[] out = new long[101];
                        for (int i = 0; i < 100; i++) {
                            out[i] = w.random16k();
                        }
                        out[100] = w.scan();
                        return out;
                    }
                }));
            }
            for (int t = 0; t < 2; t++) {
                long[] got = answers.get(t).get();
                SplittableRandom offsets = new SplittableRandom(ThreadedReads.SEED + t);
                for (int i = 0; i < 100; i++) {
                    long offset = ThreadedReads.offset(offsets, bytes.length);
                    assertEquals(sum(bytes, offset, ThreadedReads.BLOCK), got[i], strategy + " thread " + t + " read " + i);
                }
                assertEquals(sum(bytes, 0, bytes.length), got[100], strategy + " thread " + t + " scan");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sharedMapping", "preadShared"})
    void aFileShorterThanOneReadIsRefusedWithItsName(String strategy) throws IOException {
        Path file = Files.write(dir.resolve("small"), new byte[100]);
        try (ThreadedReads.Trial trial = ThreadedReads.open(strategy, file)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> trial.worker(0));
            assertTrue(e.getMessage().startsWith(file + " is smaller than one 16384-byte read"), e.getMessage());
        }
    }
}
