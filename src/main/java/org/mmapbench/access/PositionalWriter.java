package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;

/** A regular strategy that can overwrite bytes at an offset of an existing file without rewriting it. */
public interface PositionalWriter extends AccessStrategy {

    /** Writes {@code bytes} at file offset {@code position}, leaving the rest of the file as it is. */
    void writeAt(Path file, long position, byte[] bytes) throws IOException;
}
