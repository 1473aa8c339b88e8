package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code channelHeap}: {@code FileChannel.read} into a heap {@code ByteBuffer} sized to the bytes
 * wanted (or, streaming, one buffer refilled).
 *
 * <p>NOTE: the JDK reads into a temporary direct buffer and copies into the heap buffer, so bytes
 * are copied twice after the page cache: once by the kernel, once by the JDK.
 */
final class ChannelHeapStrategy extends AbstractStrategy implements StreamingStrategy, PositionalWriter {

    ChannelHeapStrategy() {
        super("channelHeap", AccessKind.REGULAR);
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int len = (int) Checks.length(id(), size, from, maxLength());
            ByteBuffer buf = ByteBuffer.allocate(len);
            ch.position(from);
            ChannelReads.readFully(ch, buf, file);
            return FileBytes.ofArray(size, from, buf.array());
        }
    }

    @Override
    public ChunkReader openReader(Path file, long from, Window window) throws IOException {
        return WindowReaders.ofChannel(window, file, from);
    }

    @Override
    public void writeAt(Path file, long position, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer src = ByteBuffer.wrap(bytes);
            while (src.hasRemaining()) {
                ch.write(src, position + src.position());
            }
        }
    }
}
