package org.mmapbench.access;

import java.io.Closeable;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * A read buffer that lives as long as a reader that streams through files: allocated and touched
 * once, then refilled by every read of the windowed workloads, so no operation allocates or
 * faults in a fresh buffer (as a long-lived server or {@code dd} does).
 *
 * <p>Heap windows wrap one {@code byte[]}; native windows are memory from a shared {@link Arena},
 * freed when the window closes. Each {@link StreamingStrategy} makes the kind it reads into with
 * {@link StreamingStrategy#newWindow(int)}.
 */
public final class Window implements Closeable {
    private final byte[] array;
    private final MemorySegment segment;
    private final ByteBuffer byteBuffer;
    private final Arena arena;

    private Window(byte[] array, MemorySegment segment, ByteBuffer byteBuffer, Arena arena) {
        this.array = array;
        this.segment = segment;
        this.byteBuffer = byteBuffer;
        this.arena = arena;
    }

    /** A window of {@code capacity} bytes on the Java heap, touched once. */
    public static Window heap(int capacity) {
        byte[] a = new byte[checked(capacity)];
        MemorySegment s = MemorySegment.ofArray(a);
        s.fill((byte) 0);
        return new Window(a, s, ByteBuffer.wrap(a), null);
    }

    /** A window of {@code capacity} bytes of native memory (64-byte aligned), touched once. */
    public static Window direct(int capacity) {
        Arena arena = Arena.ofShared();
        MemorySegment s = arena.allocate(checked(capacity), 64);
        s.fill((byte) 0);
        return new Window(null, s, s.asByteBuffer(), arena);
    }

    private static int checked(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("window capacity must be >= 1: " + capacity);
        }
        return capacity;
    }

    /** The bytes, as a heap or native segment. */
    public MemorySegment segment() {
        return segment;
    }

    /** The capacity in bytes. */
    public int capacity() {
        return (int) segment.byteSize();
    }

    /** Whether the bytes are native memory (else a {@code byte[]}). */
    public boolean isNative() {
        return array == null;
    }

    /** The backing array of a heap window. */
    byte[] array() {
        if (array == null) {
            throw new IllegalStateException("a native window has no array");
        }
        return array;
    }

    /** The window as a {@code ByteBuffer} (one instance, reused: callers set position and limit). */
    ByteBuffer byteBuffer() {
        return byteBuffer;
    }

    /** Frees native memory; nothing for a heap window. */
    @Override
    public void close() {
        if (arena != null) {
            arena.close();
        }
    }
}
