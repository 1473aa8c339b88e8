package org.mmapbench.access;

import java.io.Closeable;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/**
 * A sequential reader that refills one {@link Window} (a heap array or native memory) from a file.
 *
 * <p>Callers may keep bytes at the start of the buffer (e.g. the last {@code needle - 1} bytes of
 * the previous window, so matches straddling two reads are found) and ask for new bytes after them.
 */
public interface ChunkReader extends Closeable {

    /** The window's bytes. */
    MemorySegment buffer();

    /**
     * Reads the next bytes of the file into {@code buffer()} starting at {@code offset}, filling it
     * as far as the file allows.
     *
     * @return the number of bytes read, 0 only if {@code offset == capacity}, or -1 at end of file
     */
    int fill(int offset) throws IOException;

    /** Releases the file handle; the window stays open for the next reader. */
    @Override
    void close() throws IOException;
}
