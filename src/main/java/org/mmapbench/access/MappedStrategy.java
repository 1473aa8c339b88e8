package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;

/** A mapped strategy, which can also map a file READ_WRITE so that writes go straight to the page cache. */
public interface MappedStrategy extends ByteStrategy {

    /**
     * Maps the whole file READ_WRITE. Writes through {@link FileBytes#set} or the segments change
     * the file; {@link FileBytes#force()} writes them to the storage device.
     */
    FileBytes openWritable(Path file) throws IOException;
}
