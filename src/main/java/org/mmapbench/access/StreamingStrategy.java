package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A regular strategy that can read a file sequentially through one reusable, bounded
 * {@link Window}, so a search can stop at the first match without reading the rest, files of any
 * size can be scanned, and no operation allocates its buffer (the "windowed" variants).
 */
public interface StreamingStrategy extends ByteStrategy {

    /**
     * A new window of {@code capacity} bytes of the kind this strategy reads into: a heap array
     * unless the strategy reads into native memory and says so by overriding this.
     */
    default Window newWindow(int capacity) {
        return Window.heap(capacity);
    }

    /**
     * Opens a sequential reader positioned at file offset {@code from} that reads into {@code window}.
     *
     * @param file the file
     * @param from the first file offset to read
     * @param window a window made by this strategy's {@link #newWindow(int)}; the reader does not close it
     */
    ChunkReader openReader(Path file, long from, Window window) throws IOException;
}
