package org.mmapbench.workload;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import org.mmapbench.access.ChunkReader;
import org.mmapbench.access.StreamingStrategy;
import org.mmapbench.workload.kernel.ByteSearch;

/**
 * The windowed search: reads a file chunk by chunk into one bounded buffer and stops at the first
 * match. The last {@code needle - 1} bytes of each window are kept at the start of the buffer for
 * the next, so a match straddling two reads is found.
 */
public final class WindowedSearch {

    private WindowedSearch() {
    }

    /**
     * The first file offset {@code >= from} where the needle matches, or -1.
     *
     * @param bufferSize the window; raised to the needle length if smaller
     */
    public static long indexOf(StreamingStrategy strategy, Path file, long from, ByteSearch s, int bufferSize) throws IOException {
        int n = s.length();
        int size = Math.max(bufferSize, n);
        try (ChunkReader reader = strategy.openReader(file, from, size)) {
            MemorySegment buf = reader.buffer();
            long bufStart = from;
            int keep = 0;
            while (true) {
                int read = reader.fill(keep);
                if (read <= 0) {
                    return -1;
                }
                int valid = keep + read;
                long i = s.indexOf(buf, 0, valid);
                if (i >= 0) {
                    return bufStart + i;
                }
                int carry = Math.min(valid, n - 1);
                MemorySegment.copy(buf, valid - carry, buf, 0, carry);
                bufStart += valid - carry;
                keep = carry;
            }
        }
    }
}
