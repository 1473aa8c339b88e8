package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.sys.ThreadCounter;
import org.mmapbench.sys.ThreadCounters;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The worker-side bookkeeping of the OS counters, in this thread: an iteration counts exactly the
 * read calls made between its two readings, minus the excluded ones and the readings' own calls.
 * (The same path through real JMH forks: {@code OsCountersForkTest}.)
 */
class WorkerCountersTest {

    @Test
    void anIterationCountsItsOwnReadCallsButNeitherExcludedWorkNorTheReadingsThemselves(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("f"), new byte[4096]);
        byte[] buf = new byte[512];
        WorkerCounters.enable();
        WorkerCounters.trialStart();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            ThreadCounters last = null;
            for (int round = 0; round < 3; round++) { // the first rounds load and link classes, which reads jars
                WorkerCounters.drain();
                WorkerCounters.iterationStart();
                reads(f, buf, 8);
                for (int i = 0; i < 3; i++) {
                    WorkerCounters.excludeBegin();
                    try {
                        reads(f, buf, 5);
                    } finally {
                        WorkerCounters.excludeEnd();
                    }
                }
                WorkerCounters.iterationEnd();
                List<ThreadCounters> done = WorkerCounters.drain();
                assertEquals(1, done.size());
                last = done.get(0);
            }
            assertEquals(8, last.get(ThreadCounter.SYSCR), last.toString());
            assertTrue(Math.abs(last.get(ThreadCounter.RCHAR) - 8 * 512) < 64, last.toString());
            assertEquals(0, last.get(ThreadCounter.SYSCW), last.toString());
            assertEquals(0, last.get(ThreadCounter.READ_BYTES), "a cached file: " + last);
        } finally {
            WorkerCounters.trialEnd();
        }
    }

    @Test
    void theProfilerSumsWorkersAndDividesByOperations() {
        ThreadCounters a = ThreadCounters.of(java.util.Map.of(ThreadCounter.SYSCR, 30L, ThreadCounter.RCHAR, 1000L));
        ThreadCounters b = ThreadCounters.of(java.util.Map.of(ThreadCounter.SYSCR, 10L, ThreadCounter.RCHAR, 600L,
                ThreadCounter.MINOR_FAULTS, 4L));
        List<ScalarResult> r = OsCountersProfiler.perOperation(List.of(a, b), 8);
        assertEquals(List.of("os.syscr", "os.rchar"), r.stream().map(ScalarResult::getLabel).toList(),
                "a counter one worker could not read is left out, not summed as 0");
        assertEquals(5.0, r.get(0).getScore());
        assertEquals(200.0, r.get(1).getScore());
        assertEquals("B/op", r.get(1).getScoreUnit());
    }

    private static void reads(RandomAccessFile f, byte[] buf, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            f.seek(0);
            f.readFully(buf);
        }
    }
}
