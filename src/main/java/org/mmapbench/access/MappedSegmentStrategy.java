package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;

/**
 * {@code mappedSegment}: {@code FileChannel.map(mode, offset, size, Arena.ofConfined())}, one
 * {@code MemorySegment} of any size, unmapped as soon as the view closes (the arena closes).
 *
 * <p>NOTE: a confined arena may only be used and closed by the thread that opened the view; closing
 * a shared arena instead would handshake every thread and cost far more.
 */
final class MappedSegmentStrategy extends AbstractMappedStrategy {

    MappedSegmentStrategy() {
        super("mappedSegment");
    }

    @Override
    FileBytes map(FileChannel ch, long size, long start, FileChannel.MapMode mode) throws IOException {
        Arena arena = Arena.ofConfined();
        try {
            MemorySegment seg = ch.map(mode, start, size - start, arena);
            return FileBytes.of(size, start, seg, arena::close);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }
}
