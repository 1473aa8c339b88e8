package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code mappedSegment}: {@code FileChannel.map(mode, offset, size, Arena.ofConfined())}, one
 * {@code MemorySegment} of any size, unmapped as soon as the view closes (the arena closes).
 *
 * <p>NOTE: a confined arena may only be used and closed by the thread that opened the view; closing
 * a shared arena instead would handshake every thread and cost far more.
 */
final class MappedSegmentStrategy implements MappedStrategy {

    @Override
    public String id() {
        return "mappedSegment";
    }

    @Override
    public AccessKind kind() {
        return AccessKind.MAPPED;
    }

    @Override
    public long maxLength() {
        return Long.MAX_VALUE;
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        return map(file, from, FileChannel.MapMode.READ_ONLY, StandardOpenOption.READ);
    }

    @Override
    public FileBytes openWritable(Path file) throws IOException {
        return map(file, 0, FileChannel.MapMode.READ_WRITE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private FileBytes map(Path file, long from, FileChannel.MapMode mode, OpenOption... options) throws IOException {
        Arena arena = Arena.ofConfined();
        try (FileChannel ch = FileChannel.open(file, options)) {
            long size = ch.size();
            long start = Math.min(from, size);
            Checks.length(id(), size, from, maxLength());
            if (size == start) {
                arena.close();
                return new FileBytes(size, start, List.of(), List.of(), null);
            }
            MemorySegment seg = ch.map(mode, start, size - start, arena);
            return FileBytes.of(size, start, seg, arena::close);
        } catch (IOException | RuntimeException | Error e) {
            if (arena.scope().isAlive()) {
                arena.close();
            }
            throw e;
        }
    }
}
