package org.mmapbench.workload;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.mmapbench.access.FileBytes;
import org.mmapbench.workload.kernel.ByteSearch;
import org.mmapbench.workload.kernel.Checksum;

/**
 * The byte kernels applied to a whole {@link FileBytes} view, chunk by chunk, including matches
 * that straddle chunk edges.
 *
 * <p>Each match has one start offset, which lies in exactly one chunk: the kernel finds the matches
 * that fit in their chunk, and the last {@code needle - 1} start offsets of a chunk are checked
 * byte by byte across the edge (through as many following chunks as needed), so nothing is missed
 * or counted twice whatever the chunk sizes.
 */
public final class Scan {

    private Scan() {
    }

    /** The first file offset {@code >= from} where the needle matches, or -1. */
    public static long indexOf(FileBytes fb, ByteSearch s, long from) {
        long start = Math.max(from, fb.start());
        if (start >= fb.end()) {
            return -1;
        }
        int n = s.length();
        List<FileBytes.Chunk> chunks = fb.chunks();
        for (int ci = fb.chunkIndex(start); ci < chunks.size(); ci++) {
            FileBytes.Chunk c = chunks.get(ci);
            MemorySegment seg = c.segment();
            long lo = Math.max(start, c.fileOffset()) - c.fileOffset();
            long r = s.indexOf(seg, lo, seg.byteSize());
            if (r >= 0) {
                return c.fileOffset() + r;
            }
            for (long p = Math.max(start, c.end() - n + 1); p < c.end(); p++) {
                if (matchesAcross(fb, s, p)) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** The number of file offsets {@code >= from} where the needle matches (overlaps counted). */
    public static long count(FileBytes fb, ByteSearch s, long from) {
        long start = Math.max(from, fb.start());
        if (start >= fb.end()) {
            return 0;
        }
        int n = s.length();
        long count = 0;
        List<FileBytes.Chunk> chunks = fb.chunks();
        for (int ci = fb.chunkIndex(start); ci < chunks.size(); ci++) {
            FileBytes.Chunk c = chunks.get(ci);
            MemorySegment seg = c.segment();
            long lo = Math.max(start, c.fileOffset()) - c.fileOffset();
            count += s.count(seg, lo, seg.byteSize());
            for (long p = Math.max(start, c.end() - n + 1); p < c.end(); p++) {
                if (matchesAcross(fb, s, p)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Replaces every needle with {@code replacement} (same length) in place, left to right without
     * overlaps, like {@code String.replace}: after a match at {@code p} the search resumes at
     * {@code p + length}. Returns the number of replacements.
     */
    public static long replace(FileBytes fb, ByteSearch s, byte[] replacement) {
        int n = s.length();
        if (replacement.length != n) {
            throw new IllegalArgumentException("replacement length " + replacement.length + " != needle length " + n);
        }
        MemorySegment src = MemorySegment.ofArray(replacement);
        long count = 0;
        long from = fb.start();
        long p;
        while ((p = indexOf(fb, s, from)) >= 0) {
            FileBytes.Chunk c = fb.chunkAt(p);
            if (p + n <= c.end()) {
                MemorySegment.copy(src, 0, c.segment(), p - c.fileOffset(), n);
            } else {
                for (int j = 0; j < n; j++) {
                    fb.set(p + j, replacement[j]);
                }
            }
            count++;
            from = p + n;
        }
        return count;
    }

    /** The sum of all unsigned bytes in the view (see {@link Checksum}). */
    public static long checksum(FileBytes fb) {
        long sum = 0;
        for (FileBytes.Chunk c : fb.chunks()) {
            sum += Checksum.sum(c.segment(), 0, c.segment().byteSize());
        }
        return sum;
    }

    private static boolean matchesAcross(FileBytes fb, ByteSearch s, long p) {
        byte[] needle = s.needle();
        if (p + needle.length > fb.end()) {
            return false;
        }
        for (int j = 0; j < needle.length; j++) {
            if (fb.get(p + j) != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
