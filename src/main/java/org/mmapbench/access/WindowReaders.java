package org.mmapbench.access;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The {@link WindowReader}s of the streaming strategies that read through the JDK: array reads and {@code FileChannel}. */
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
        return new WindowReader(window.segment(), 0, (position, off, len) -> source.read(buf, off, len), handle);
    }

    /** A reader filling a heap or native window with {@code FileChannel.read} from {@code from}; closing closes the channel. */
    static ChunkReader ofChannel(Window window, Path file, long from) throws IOException {
        FileChannel ch = positioned(FileChannel.open(file, StandardOpenOption.READ), c -> c.position(from));
        ByteBuffer buf = window.byteBuffer();
        return new WindowReader(window.segment(), 0, (position, off, len) -> ch.read(buf.limit(off + len).position(off)), ch);
    }

    /** Moves a freshly opened handle to its start position. */
    @FunctionalInterface
    interface Seek<T> {
        /** Positions {@code handle}. */
        void seek(T handle) throws IOException;
    }

    /** Returns {@code handle} after {@code seek} positioned it; closes it and rethrows if positioning fails. */
    static <T extends Closeable> T positioned(T handle, Seek<T> seek) throws IOException {
        try {
            seek.seek(handle);
            return handle;
        } catch (IOException | RuntimeException e) {
            handle.close();
            throw e;
        }
    }
}
