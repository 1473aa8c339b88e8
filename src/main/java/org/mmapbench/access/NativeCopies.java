package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * File bytes copied into native memory: a confined {@link Arena} owns the memory and the returned
 * {@link FileBytes} frees it when closed, or at once if the copy fails.
 */
final class NativeCopies {

    /** The read calls that fill all of {@code into} with the file's bytes. */
    @FunctionalInterface
    interface Fill {
        /** Fills every byte of {@code into}, failing if the file ends first. */
        void fill(MemorySegment into) throws IOException;
    }

    private NativeCopies() {
    }

    /**
     * Allocates {@code len} bytes (64-byte aligned), fills them and returns them as the bytes of a
     * file of {@code size} bytes starting at {@code from}.
     */
    static FileBytes read(long size, long from, long len, Fill fill) throws IOException {
        Arena arena = Arena.ofConfined();
        try {
            MemorySegment seg = arena.allocate(len, 64);
            fill.fill(seg);
            return FileBytes.of(size, Math.min(from, size), seg, arena::close);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }
}
