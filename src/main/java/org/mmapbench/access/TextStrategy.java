package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A strategy that gives a file as a decoded {@code String}, as typical Java code does before calling
 * {@code indexOf} or {@code Pattern}: the "idiomatic" variants.
 *
 * <p>Every text strategy decodes as ISO-8859-1, whatever the corpus encoding: one char per byte, so
 * char indices are byte offsets and answers compare with the byte strategies; decoding never fails
 * (the Spanish corpus is ISO-8859-1, the others UTF-8 or ASCII); and Java compact strings store the
 * result as one byte per char. The workloads' needle and regex are ASCII and Java's default
 * {@code \b} and {@code [a-zA-Z]} are ASCII-only, so counts are the same as under UTF-8 decoding.
 *
 * <p>NOTE: {@code Files.readString(path)} (UTF-8) would throw on the ISO-8859-1 corpus and yield char
 * offsets, not byte offsets, on UTF-8 corpora with non-ASCII text.
 */
public interface TextStrategy extends AccessStrategy {

    /**
     * Reads the file as text that covers at least the bytes {@code [from, size)}.
     *
     * @param file the file
     * @param from the first file offset the caller needs; a strategy may start earlier (e.g.
     *             {@code Files.readString} always reads from 0) and says so in {@link TextView#origin()}
     */
    TextView readText(Path file, long from) throws IOException;

    /** The largest file (in bytes) whose text fits in one {@code String}. */
    default long maxTextLength() {
        return ByteStrategy.MAX_HEAP_BYTES;
    }
}
