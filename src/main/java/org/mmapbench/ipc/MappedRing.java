package org.mmapbench.ipc;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;

/**
 * A single-producer single-consumer byte ring in shared memory: a data region of a power-of-two
 * capacity and two counters, {@code head} (bytes ever written) and {@code tail} (bytes ever read),
 * each on its own cache line.
 *
 * <p>Ordering, without locks: the writer copies bytes into the free space and then publishes them
 * with a release store of {@code head}; the reader loads {@code head} with acquire semantics, so
 * every byte before it is visible, copies them out, and frees the space with a release store of
 * {@code tail}, which the writer loads with acquire. Each counter has exactly one writer. A side that
 * finds nothing to do waits with a bounded {@link Backoff} and asks its {@link Liveness} after each
 * park whether to go on waiting.
 *
 * <p>NOTE: the counters are 64-bit and never wrap in practice (2^63 bytes). Both processes must map
 * the same file at the same layout; {@link RingFile} owns the layout.
 */
final class MappedRing {
    /** {@code long} access at a byte offset of a segment: coordinates (MemorySegment, long). */
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final MemorySegment data;
    private final MemorySegment control;
    private final long headOffset;
    private final long tailOffset;
    private final long mask;
    private final Liveness liveness;

    /** What a waiting side checks after each park; throws to stop waiting. */
    interface Liveness {
        /** Throws if the other side died or the wait has lasted too long; {@code waitedNanos} since the last progress. */
        void check(long waitedNanos) throws IpcException;
    }

    /**
     * A ring over {@code data} (its size a power of two) with its counters at {@code headOffset} and
     * {@code tailOffset} of {@code control} (8-byte aligned).
     */
    MappedRing(MemorySegment data, MemorySegment control, long headOffset, long tailOffset, Liveness liveness) {
        long capacity = data.byteSize();
        if (Long.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity " + capacity + " is not a power of two");
        }
        this.data = data;
        this.control = control;
        this.headOffset = headOffset;
        this.tailOffset = tailOffset;
        this.mask = capacity - 1;
        this.liveness = liveness;
    }

    /** The capacity in bytes. */
    long capacity() {
        return mask + 1;
    }

    /** Copies every remaining byte of {@code src} into the ring, publishing each contiguous chunk as it goes. */
    void write(ByteBuffer src) throws IpcException {
        long head = (long) LONG.getOpaque(control, headOffset); // only this side writes head
        Backoff backoff = new Backoff();
        long waitStart = 0;
        while (src.hasRemaining()) {
            long tail = (long) LONG.getAcquire(control, tailOffset);
            long free = capacity() - (head - tail);
            if (free == 0) {
                waitStart = waitFor(backoff, waitStart);
                continue;
            }
            backoff.reset();
            waitStart = 0;
            long at = head & mask;
            int n = (int) Math.min(Math.min(free, src.remaining()), capacity() - at);
            MemorySegment.copy(MemorySegment.ofBuffer(src), 0, data, at, n);
            src.position(src.position() + n);
            head += n;
            LONG.setRelease(control, headOffset, head);
        }
    }

    /** Fills the remaining space of {@code dst} from the ring, freeing each chunk as it is copied out. */
    void readFully(ByteBuffer dst) throws IpcException {
        long tail = (long) LONG.getOpaque(control, tailOffset); // only this side writes tail
        Backoff backoff = new Backoff();
        long waitStart = 0;
        while (dst.hasRemaining()) {
            long head = (long) LONG.getAcquire(control, headOffset);
            long available = head - tail;
            if (available == 0) {
                waitStart = waitFor(backoff, waitStart);
                continue;
            }
            backoff.reset();
            waitStart = 0;
            long at = tail & mask;
            int n = (int) Math.min(Math.min(available, dst.remaining()), capacity() - at);
            MemorySegment.copy(data, at, MemorySegment.ofBuffer(dst), 0, n);
            dst.position(dst.position() + n);
            tail += n;
            LONG.setRelease(control, tailOffset, tail);
        }
    }

    private long waitFor(Backoff backoff, long waitStart) throws IpcException {
        long start = waitStart == 0 ? System.nanoTime() : waitStart;
        if (backoff.idle()) {
            liveness.check(System.nanoTime() - start);
        }
        return start;
    }
}
