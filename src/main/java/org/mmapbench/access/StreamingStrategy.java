package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A regular strategy that can read a file sequentially through one reusable, bounded buffer, so a
 * search can stop at the first match without reading the rest (the "windowed" variants) and files
 * of any size can be scanned.
 */
public interface StreamingStrategy extends ByteStrategy {

    /**
     * Opens a sequential reader positioned at file offset {@code from}.
     *
     * @param file the file
     * @param from the first file offset to read
     * @param bufferSize the capacity of the reader's buffer in bytes, at least 1
     */
    ChunkReader openReader(Path file, long from, int bufferSize) throws IOException;
}
