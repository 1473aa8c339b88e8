package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/** A regular strategy that can overwrite bytes at an offset of an existing file without rewriting it. */
public interface PositionalWriter extends AccessStrategy {

    /**
     * Writes {@code bytes} at file offset {@code position}, leaving the rest of the file as it is;
     * with {@link Durability#SYNCED} the write reaches the device before the file is closed
     * ({@code FileChannel.force(false)}, i.e. {@code fdatasync}, for the channel strategies;
     * {@code FileDescriptor.sync()}, i.e. {@code fsync}, for {@code RandomAccessFile}).
     *
     * @param bytes a heap or native segment; a strategy writes from the kind of buffer it is named
     *        after and copies into one when given the other kind
     */
    void writeAt(Path file, long position, MemorySegment bytes, Durability durability) throws IOException;

    /** Writes {@code bytes} at file offset {@code position} without a sync. */
    default void writeAt(Path file, long position, byte[] bytes) throws IOException {
        writeAt(file, position, MemorySegment.ofArray(bytes), Durability.NONE);
    }
}
