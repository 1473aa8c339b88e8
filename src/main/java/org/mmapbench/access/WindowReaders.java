package org.mmapbench.access;

import java.io.Closeable;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The {@link ChunkReader}s of the streaming strategies: one over array reads, one over a {@code FileChannel}. */
final class WindowReaders {

    /** A read call into a byte array: {@code InputStream.read} or {@code RandomAccessFile.read}. */
    @FunctionalInterface
    interface ArraySource {
        /** Reads up to {@code len} bytes into {@code b} at {@code off}: the count, or -1 at end of file. */
        int read(byte[] b, int off, int len) throws IOException;
    }

    private WindowReaders() {
    }

    /** A reader filling a heap window through {@code source}; closing closes {@code handle}. */
    static ChunkReader ofArrays(Window window, ArraySource source, Closeable handle) {
        byte[] buf = window.array();
        MemorySegment seg = window.segment();
        return new ChunkReader() {
            @Override
            public MemorySegment buffer() {
                return seg;
            }

            @Override
            public int fill(int offset) throws IOException {
                int total = 0;
                while (offset + total < buf.length) {
                    int n = source.read(buf, offset + total, buf.length - offset - total);
                    if (n < 0) {
                        return total == 0 && offset < buf.length ? -1 : total;
                    }
                    total += n;
                }
                return total;
            }

            @Override
            public void close() throws IOException {
                handle.close();
            }
        };
    }

    /** A reader filling a heap or native window with {@code FileChannel.read}; closing closes the channel. */
    static ChunkReader ofChannel(Window window, FileChannel ch) {
        ByteBuffer buf = window.byteBuffer();
        MemorySegment seg = window.segment();
        return new ChunkReader() {
            @Override
            public MemorySegment buffer() {
                return seg;
            }

            @Override
            public int fill(int offset) throws IOException {
                buf.clear().position(offset);
                return ChannelReads.fill(ch, buf);
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    /** Opens {@code file} as a channel positioned at {@code from}, closing it again if positioning fails. */
    static FileChannel channelAt(java.nio.file.Path file, long from) throws IOException {
        FileChannel ch = FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
        try {
            ch.position(from);
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }
}
