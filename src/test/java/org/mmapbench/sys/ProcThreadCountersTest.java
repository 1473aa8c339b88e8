package org.mmapbench.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parses golden samples of {@code /proc/<pid>/task/<tid>/{io,stat,status}} and reads this thread's real ones. */
class ProcThreadCountersTest {

    private static Path samples() throws URISyntaxException {
        return Path.of(ProcThreadCountersTest.class.getResource("/sys/proc-task/io").toURI()).getParent();
    }

    @Test
    void parsesEveryCounterFromGoldenSamples() throws Exception {
        Path dir = samples();
        ThreadCounters t = ProcThreadCounters.parse(Files.readString(dir.resolve("io")), Files.readString(dir.resolve("stat")),
                Files.readString(dir.resolve("status")));
        assertEquals(37, t.get(ThreadCounter.SYSCR));
        assertEquals(1, t.get(ThreadCounter.SYSCW));
        assertEquals(2_351_623, t.get(ThreadCounter.RCHAR));
        assertEquals(7, t.get(ThreadCounter.WCHAR));
        assertEquals(2_355_200, t.get(ThreadCounter.READ_BYTES));
        assertEquals(4096, t.get(ThreadCounter.WRITE_BYTES));
        assertEquals(574, t.get(ThreadCounter.MINOR_FAULTS), "field 10, counted after the last ')' of a comm holding ') '");
        assertEquals(3, t.get(ThreadCounter.MAJOR_FAULTS), "field 12");
        assertEquals(12, t.get(ThreadCounter.VOLUNTARY_SWITCHES), "voluntary_ctxt_switches, not nonvoluntary_ctxt_switches (99)");
        try (ProcThreadCounters r = ProcThreadCounters.in(dir)) {
            assertEquals(t, r.read(), "the allocation-free reader parses the files the same way");
        }
    }

    @Test
    void missingOrGarbledSourcesLeaveTheirCountersUnknown(@TempDir Path dir) throws Exception {
        Files.copy(samples().resolve("stat"), dir.resolve("stat"));
        Files.writeString(dir.resolve("status"), "Name:\tx\nnonvoluntary_ctxt_switches:\t5\n");
        try (ProcThreadCounters r = ProcThreadCounters.in(dir)) {
            ThreadCounters t = r.read();
            assertEquals(Map.of(ThreadCounter.MINOR_FAULTS, 574L, ThreadCounter.MAJOR_FAULTS, 3L), t.asMap());
            assertFalse(t.known(ThreadCounter.SYSCR), "no io file: unknown, not 0");
            assertThrows(IllegalStateException.class, () -> t.get(ThreadCounter.RCHAR));
        }
        ThreadCounters garbled = ProcThreadCounters.parse("syscr: x\nrchar:\n", "4242 no parenthesis", "");
        assertTrue(garbled.asMap().isEmpty(), garbled.toString());
    }

    @Test
    void unknownStaysUnknownThroughArithmetic() {
        ThreadCounters a = ThreadCounters.of(Map.of(ThreadCounter.SYSCR, 10L, ThreadCounter.RCHAR, 100L));
        ThreadCounters b = ThreadCounters.of(Map.of(ThreadCounter.SYSCR, 4L, ThreadCounter.RCHAR, 130L, ThreadCounter.SYSCW, 1L));
        ThreadCounters d = a.minus(b);
        assertEquals(Map.of(ThreadCounter.SYSCR, 6L, ThreadCounter.RCHAR, -30L), d.asMap());
        assertEquals(Map.of(ThreadCounter.SYSCR, 6L, ThreadCounter.RCHAR, 0L), d.atLeastZero().asMap());
        assertEquals(Map.of(ThreadCounter.SYSCR, 14L, ThreadCounter.RCHAR, 230L), a.plus(b).asMap());
        assertEquals(Map.of(ThreadCounter.SYSCR, 4L, ThreadCounter.RCHAR, 100L), a.min(b).asMap());
    }

    @Test
    void readsThisThreadsOwnCountersAndSeesItsReadCalls(@TempDir Path dir) throws IOException {
        long tid = ProcThreadCounters.currentTid();
        assertTrue(tid > 0, "Linux /proc/thread-self");
        Path file = Files.write(dir.resolve("f"), new byte[10_000]);
        byte[] buf = new byte[1000];
        try (ProcThreadCounters r = ProcThreadCounters.of(tid); RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            assertTrue(r.available());
            ThreadCounters first = r.read();
            for (ThreadCounter c : ThreadCounter.values()) {
                assertTrue(first.known(c), c + " readable on this machine");
            }
            for (int round = 0; round < 2; round++) { // the first round loads classes, which reads too
                ThreadCounters before = r.read();
                f.seek(0);
                for (int i = 0; i < 10; i++) {
                    f.readFully(buf);
                }
                ThreadCounters after = r.read();
                ThreadCounters cost = r.read().minus(after);
                long calls = after.minus(before).get(ThreadCounter.SYSCR) - cost.get(ThreadCounter.SYSCR);
                long bytes = after.minus(before).get(ThreadCounter.RCHAR) - cost.get(ThreadCounter.RCHAR);
                if (round == 1) {
                    assertEquals(10, calls, "ten reads of 1000 bytes");
                    assertTrue(Math.abs(bytes - 10_000) < 64, "rchar of ten 1000-byte reads, within the length jitter of the /proc text: " + bytes);
                }
            }
            assertTrue(r.read().get(ThreadCounter.SYSCR) > 0);
        }
    }
}
