package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code channelDirect}: {@code FileChannel.read} into a direct {@code ByteBuffer}: native memory
 * from a confined {@link Arena}, seen as a {@code ByteBuffer}, freed as soon as the view closes.
 *
 * <p>NOTE: reading into native memory saves the JDK's extra copy that {@code channelHeap} pays.
 * {@code ByteBuffer.allocateDirect} is not used because its memory is freed only by the garbage
 * collector, which would let native memory pile up across benchmark invocations.
 */
final class ChannelDirectStrategy extends AbstractStrategy implements StreamingStrategy, PositionalWriter {

    ChannelDirectStrategy() {
        super("channelDirect", AccessKind.REGULAR);
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            return NativeCopies.read(size, from, Checks.length(id(), size, from, maxLength()), seg -> {
                ch.position(from);
                ChannelReads.readFully(ch, seg.asByteBuffer(), file);
            });
        }
    }

    @Override
    public Window newWindow(int capacity) {
        return Window.direct(capacity);
    }

    @Override
    public ChunkReader openReader(Path file, long from, Window window) throws IOException {
        return WindowReaders.ofChannel(window, file, from);
    }

    @Override
    public void writeAt(Path file, long position, byte[] bytes) throws IOException {
        try (Arena arena = Arena.ofConfined();
             FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            MemorySegment seg = arena.allocate(bytes.length);
            MemorySegment.copy(MemorySegment.ofArray(bytes), 0, seg, 0, bytes.length);
            ByteBuffer src = seg.asByteBuffer();
            while (src.hasRemaining()) {
                ch.write(src, position + src.position());
            }
        }
    }
}
