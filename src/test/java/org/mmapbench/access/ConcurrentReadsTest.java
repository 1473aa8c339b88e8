package org.mmapbench.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contract of the concurrent readers: two threads reading one file at the same time through one
 * {@link ConcurrentReads.Shared} get exactly the file's bytes, for random ranges and for a scan in
 * windows, and ranges past the end or larger than the buffer are refused.
 */
class ConcurrentReadsTest {
    private static final int WINDOW = 64 * 1024;
    private static final int BLOCK = 16 * 1024;

    @TempDir
    Path dir;

    /** A file of seeded random bytes whose size is not a multiple of the window (the scan's last range is short). */
    private byte[] write(Path file) throws IOException {
        byte[] bytes = new byte[3 * WINDOW + 12_345];
        new SplittableRandom(7).nextBytes(bytes);
        Files.write(file, bytes);
        return bytes;
    }

    /** What one thread reads: its random ranges (as arrays) and the scan, window by window. */
    private static List<byte[]> readAs(ConcurrentReads.Shared shared, long seed, long size) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (ConcurrentReads.Reader r = shared.reader(WINDOW)) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 200; i++) {
                out.add(r.read(random.nextLong(size - BLOCK + 1), BLOCK).toArray(ValueLayout.JAVA_BYTE));
            }
            for (long pos = 0; pos < size; pos += WINDOW) {
                MemorySegment s = r.read(pos, (int) Math.min(WINDOW, size - pos));
                out.add(s.toArray(ValueLayout.JAVA_BYTE));
            }
        }
        return out;
    }

    private static List<byte[]> expected(byte[] bytes, long seed) {
        List<byte[]> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            int offset = (int) random.nextLong(bytes.length - BLOCK + 1);
            out.add(java.util.Arrays.copyOfRange(bytes, offset, offset + BLOCK));
        }
        for (int pos = 0; pos < bytes.length; pos += WINDOW) {
            out.add(java.util.Arrays.copyOfRange(bytes, pos, Math.min(bytes.length, pos + WINDOW)));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(ConcurrentReads.class)
    void twoThreadsAtOnceReadExactlyTheFilesBytes(ConcurrentReads strategy) throws Exception {
        Path file = dir.resolve("data");
        byte[] bytes = write(file);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ConcurrentReads.Shared shared = strategy.open(file)) {
            assertEquals(bytes.length, shared.size());
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (long seed : new long[] {42, 43}) {
                Callable<List<byte[]>> task = () -> readAs(shared, seed, shared.size());
                results.add(pool.submit(task));
            }
            for (int t = 0; t < 2; t++) {
                List<byte[]> got = results.get(t).get();
                List<byte[]> want = expected(bytes, 42 + t);
                assertEquals(want.size(), got.size());
                for (int i = 0; i < want.size(); i++) {
                    assertArrayEquals(want.get(i), got.get(i), strategy.id() + ": thread " + t + ", read " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrentReads.class)
    void rangesPastTheEndOrBeyondTheBufferAreRefused(ConcurrentReads strategy) throws IOException {
        Path file = dir.resolve("data");
        byte[] bytes = write(file);
        try (ConcurrentReads.Shared shared = strategy.open(file); ConcurrentReads.Reader r = shared.reader(WINDOW)) {
            EOFException e = assertThrows(EOFException.class, () -> r.read(bytes.length - 10, 11));
            assertEquals(file + ": 11 bytes at " + (bytes.length - 10) + " run past the end (" + bytes.length + " bytes)", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> r.read(0, WINDOW + 1));
            assertEquals(bytes[bytes.length - 1], r.read(bytes.length - 1, 1).get(ValueLayout.JAVA_BYTE, 0));
        }
    }

    @org.junit.jupiter.api.Test
    void idsRoundTripAndUnknownOnesAreNamed() {
        for (ConcurrentReads r : ConcurrentReads.values()) {
            assertEquals(r, ConcurrentReads.byId(r.id()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConcurrentReads.byId("mmap"));
        assertEquals("unknown concurrent read strategy 'mmap' (known: sharedMapping, sharedChannel, channelPerThread, preadShared)",
                e.getMessage());
    }
}
