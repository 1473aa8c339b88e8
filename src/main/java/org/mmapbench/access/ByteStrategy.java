package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An access strategy that presents a file (from an offset to its end) as {@link FileBytes}:
 * heap or native segments filled by read calls for regular strategies, mapped segments for mapped
 * ones. Every "fair" workload runs the same kernel over this view.
 */
public interface ByteStrategy extends AccessStrategy {

    /** Heap strategies hold the bytes in one array or buffer: at most this many bytes. */
    long MAX_HEAP_BYTES = Integer.MAX_VALUE - 8L;

    /**
     * Opens the bytes {@code [from, size)} of {@code file} read-only. A strategy that cannot seek
     * ({@code readAllBytes}) reads from offset 0: the view's {@link FileBytes#start()} is then
     * before {@code from}.
     *
     * @param file the file
     * @param from the first file offset wanted, {@code 0 <= from}; past the end gives an empty view
     * @return the view; close it to free buffers or unmap
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if {@code size - from} exceeds {@link #maxLength()}
     */
    FileBytes open(Path file, long from) throws IOException;

    /** Opens the whole file read-only: {@code open(file, 0)}. */
    default FileBytes open(Path file) throws IOException {
        return open(file, 0);
    }

    /**
     * The largest number of bytes this strategy can present at once: by default
     * {@link #MAX_HEAP_BYTES}, for strategies that read into one array or buffer.
     */
    default long maxLength() {
        return MAX_HEAP_BYTES;
    }
}
