package org.mmapbench.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The ring between two threads of one JVM: a writer and a reader on a small ring, chunks of random
 * sizes so every wrap-around position occurs; the bytes arrive in order, complete and unchanged.
 */
class MappedRingTest {

    @Test
    void bytesCrossTheRingInOrderThroughEveryWrap() throws Exception {
        int total = 8 << 20;
        byte[] sent = new byte[total];
        new SplittableRandom(7).nextBytes(sent);
        byte[] got = new byte[total];
        try (Arena arena = Arena.ofShared()) {
            MemorySegment control = arena.allocate(256, 64);
            MemorySegment data = arena.allocate(4096, 64);
            MappedRing.Liveness alive = waited -> {
                if (waited > Duration.ofSeconds(20).toNanos()) {
                    throw new IpcException("stuck");
                }
            };
            MappedRing writer = new MappedRing(data, control, 64, 128, alive);
            MappedRing reader = new MappedRing(data, control, 64, 128, alive);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                CompletableFuture<Void> w = CompletableFuture.runAsync(() -> {
                    SplittableRandom r = new SplittableRandom(1);
                    int at = 0;
                    try {
                        while (at < total) {
                            int n = Math.min(total - at, 1 + r.nextInt(10_000));
                            writer.write(ByteBuffer.wrap(sent, at, n));
                            at += n;
                        }
                    } catch (IpcException e) {
                        throw new IllegalStateException(e);
                    }
                });
                SplittableRandom r = new SplittableRandom(2);
                int at = 0;
                while (at < total) {
                    int n = Math.min(total - at, 1 + r.nextInt(7_000));
                    reader.readFully(ByteBuffer.wrap(got, at, n));
                    at += n;
                }
                w.get();
            });
        }
        assertArrayEquals(sent, got);
    }

    @Test
    void aReaderWithNothingToReadAsksItsLivenessAndStops() {
        try (Arena arena = Arena.ofShared()) {
            MappedRing reader = new MappedRing(arena.allocate(4096, 64), arena.allocate(256, 64), 64, 128, waited -> {
                throw new IpcException("the other side is gone");
            });
            IpcException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(IpcException.class, () -> reader.readFully(ByteBuffer.allocate(1))));
            assertTrue(e.getMessage().contains("gone"));
        }
    }

    @Test
    void aCapacityThatIsNoPowerOfTwoIsRefused() {
        try (Arena arena = Arena.ofConfined()) {
            assertThrows(IllegalArgumentException.class,
                    () -> new MappedRing(arena.allocate(3000), arena.allocate(256, 64), 64, 128, waited -> { }));
        }
    }
}
