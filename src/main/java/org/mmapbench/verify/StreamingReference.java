package org.mmapbench.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * The answers of the scanning workloads (read, find, count, seekFind) for a file too large for
 * {@link Reference}'s one array: the same naive byte-by-byte checks, over the file read in chunks,
 * each chunk preceded by the last {@code needle length - 1} bytes of the one before, so that a match
 * across a chunk boundary is seen exactly once. Computed in one pass for all four.
 *
 * @param checksum the sum of every byte, unsigned (read)
 * @param find the first offset of the needle (-1 for none)
 * @param count the number of offsets where the needle starts, overlapping ones included
 * @param seekFind the first offset of the needle at or after {@link Workload#SEEK_OFFSET} (-1 for none)
 */
record StreamingReference(long checksum, long find, long count, long seekFind) {
    /** The chunk size of {@link #of(Path)}. */
    static final int CHUNK = 1 << 24;

    /** Reads {@code file} once, in chunks of {@link #CHUNK} bytes. */
    static StreamingReference of(Path file) throws IOException {
        return of(file, CHUNK);
    }

    /** Reads {@code file} once, in chunks of {@code chunk} bytes (tests use small ones to cross many boundaries). */
    static StreamingReference of(Path file, int chunk) throws IOException {
        byte[] needle = Workload.NEEDLE;
        int keep = needle.length - 1;
        byte[] buf = new byte[keep + chunk];
        long checksum = 0;
        long find = -1;
        long count = 0;
        long seekFind = -1;
        int carried = 0;
        long base = 0; // the file offset of buf[0]
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                ByteBuffer bb = ByteBuffer.wrap(buf, carried, chunk);
                int n = 0;
                while (bb.hasRemaining()) {
                    int r = ch.read(bb);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
                if (n == 0) {
                    break;
                }
                for (int i = carried; i < carried + n; i++) {
                    checksum += buf[i] & 0xFF;
                }
                int len = carried + n;
                for (int i = 0; i + needle.length <= len; i++) {
                    if (Reference.matchesAt(buf, i, needle)) {
                        long at = base + i;
                        count++;
                        find = find < 0 ? at : find;
                        seekFind = seekFind < 0 && at >= Workload.SEEK_OFFSET ? at : seekFind;
                    }
                }
                carried = Math.min(keep, len);
                System.arraycopy(buf, len - carried, buf, 0, carried);
                base += len - carried;
            }
        }
        return new StreamingReference(checksum, find, count, seekFind);
    }

    /** Whether this reference answers {@code cell}: a scan of read, find, count or seekFind outside the literal and copy-on-write variants. */
    static boolean answers(Cell cell) {
        return cell.variant() != Variant.LITERAL && cell.variant() != Variant.COPY_ON_WRITE
                && switch (cell.workload()) {
                    case READ, FIND, COUNT, SEEK_FIND -> true;
                    case REGEX, REPLACE, PATCH -> false;
                };
    }

    /** The expected answer of {@code cell}, which this reference {@link #answers}. */
    Reference.Expected expected(Cell cell) {
        if (!answers(cell)) {
            throw new IllegalArgumentException("no streaming reference answer for " + cell.name());
        }
        return new Reference.Expected(switch (cell.workload()) {
            case READ -> checksum;
            case FIND -> find;
            case COUNT -> count;
            default -> seekFind;
        }, null);
    }
}
