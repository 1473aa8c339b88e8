package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;

/** A mapped strategy, which can also map a file writable: shared with the file, or copy-on-write. */
public interface MappedStrategy extends ByteStrategy {

    /**
     * Maps the whole file writable. With {@link WriteMode#SHARED}, writes through {@link FileBytes#set}
     * or the segments change the file and {@link FileBytes#force()} writes them to the storage device;
     * with {@link WriteMode#PRIVATE} they change only this view. An empty file gives an empty view
     * and is not mapped at all.
     */
    FileBytes openWritable(Path file, WriteMode mode) throws IOException;

    /** Maps the whole file {@code READ_WRITE}: {@code openWritable(file, WriteMode.SHARED)}. */
    default FileBytes openWritable(Path file) throws IOException {
        return openWritable(file, WriteMode.SHARED);
    }
}
