package org.mmapbench.access;

import java.io.Closeable;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/**
 * The one {@link ChunkReader} of every streaming strategy: it refills a window with repeated read
 * calls until the window is full or the file ends, and tracks the file position for positional
 * sources. Strategies differ only in their single {@link Read} call.
 */
final class WindowReader implements ChunkReader {

    /** One read call of a strategy. */
    @FunctionalInterface
    interface Read {
        /**
         * Reads up to {@code len} bytes of the file into the window at {@code offset}.
         *
         * @param position the file position of the first byte to read; sources with their own
         *        position (a stream or a channel) read sequentially and need not look at it
         * @return the number of bytes read, or -1 at end of file
         */
        int read(long position, int offset, int len) throws IOException;
    }

    private final MemorySegment window;
    private final int capacity;
    private final Read read;
    private final Closeable handle;
    private long position;

    /**
     * A reader starting at file position {@code from}.
     *
     * @param handle closed by {@link #close()}; the window stays open
     */
    WindowReader(MemorySegment window, long from, Read read, Closeable handle) {
        this.window = window;
        this.capacity = (int) window.byteSize();
        this.position = from;
        this.read = read;
        this.handle = handle;
    }

    @Override
    public MemorySegment buffer() {
        return window;
    }

    @Override
    public int fill(int offset) throws IOException {
        int total = 0;
        while (offset + total < capacity) {
            int n = read.read(position, offset + total, capacity - offset - total);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            position += n;
            total += n;
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        handle.close();
    }
}
