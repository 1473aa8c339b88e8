package org.mmapbench.workload;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import org.mmapbench.access.ChunkReader;
import org.mmapbench.access.StreamingStrategy;
import org.mmapbench.access.Window;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.workload.kernel.ByteSearch;
import org.mmapbench.workload.kernel.Checksum;
import org.mmapbench.workload.kernel.Latin1Chars;

/**
 * The windowed workloads: a regular reader streams the file through one {@link Window} that lives
 * for the whole trial, and every kernel runs window by window, as {@code grep} or a long-lived
 * server reads. Nothing is allocated per operation except the reader's file handle.
 *
 * <p>Edges: searches keep the last {@code needle - 1} bytes of a window at the start of the next,
 * so a match straddling two reads is found once (a start offset that cannot complete in this window
 * is carried, one that can is searched now). The regex cuts a window only right after a non-word
 * byte, as the fair variant does ({@link RegexCount}); the run of word bytes at the end of a window
 * is followed into the next ones by counting its length and letters, so no word is split or counted
 * twice, whatever the window size (tests use 5 bytes).
 */
public final class Windowed {

    private Windowed() {
    }

    /** The sum of all unsigned bytes (see {@link Workload#READ}). */
    public static long checksum(StreamingStrategy strategy, Path file, Window window) throws IOException {
        try (ChunkReader reader = strategy.openReader(file, 0, window)) {
            MemorySegment buf = reader.buffer();
            long sum = 0;
            int read;
            while ((read = reader.fill(0)) > 0) {
                sum += Checksum.sum(buf, 0, read);
            }
            return sum;
        }
    }

    /** The first file offset {@code >= from} where the needle matches, or -1; stops reading there. */
    public static long indexOf(StreamingStrategy strategy, Path file, long from, ByteSearch s, Window window) throws IOException {
        int n = s.length();
        requireFits(window, n);
        try (ChunkReader reader = strategy.openReader(file, from, window)) {
            MemorySegment buf = reader.buffer();
            long bufStart = from;
            int keep = 0;
            int read;
            while ((read = reader.fill(keep)) > 0) {
                int valid = keep + read;
                long i = s.indexOf(buf, 0, valid);
                if (i >= 0) {
                    return bufStart + i;
                }
                keep = carry(buf, valid, n);
                bufStart += valid - keep;
            }
            return -1;
        }
    }

    /** The number of offsets where the needle matches, overlaps counted (see {@link Workload#COUNT}). */
    public static long count(StreamingStrategy strategy, Path file, ByteSearch s, Window window) throws IOException {
        int n = s.length();
        requireFits(window, n);
        try (ChunkReader reader = strategy.openReader(file, 0, window)) {
            MemorySegment buf = reader.buffer();
            long count = 0;
            int keep = 0;
            int read;
            while ((read = reader.fill(keep)) > 0) {
                int valid = keep + read;
                // Start offsets after valid - n cannot complete here: they are carried and counted next time.
                count += s.count(buf, 0, valid);
                keep = carry(buf, valid, n);
            }
            return count;
        }
    }

    /** The matches of {@link RegexCount#PATTERN} (see {@link RegexCount} for the semantics). */
    public static long regexCount(StreamingStrategy strategy, Path file, Window window) throws IOException {
        try (ChunkReader reader = strategy.openReader(file, 0, window)) {
            MemorySegment buf = reader.buffer();
            Matcher m = RegexCount.PATTERN.matcher("");
            long count = 0;
            // The run of word bytes that reached the end of the previous window: its length so far
            // (0: none) and whether it is all ASCII letters.
            long runLength = 0;
            boolean runLetters = true;
            int read;
            while ((read = reader.fill(0)) > 0) {
                int start = 0;
                if (runLength > 0) {
                    while (start < read && RegexCount.isWordByte(buf.get(ValueLayout.JAVA_BYTE, start))) {
                        runLetters &= RegexCount.isLetter(buf.get(ValueLayout.JAVA_BYTE, start));
                        runLength++;
                        start++;
                    }
                    if (start == read) {
                        continue;
                    }
                    count += runLength == 5 && runLetters ? 1 : 0;
                    runLength = 0;
                    runLetters = true;
                }
                // buf[start] is a non-word byte, or start == 0 after a cut just past one (or at file start).
                int cut = read;
                while (cut > start && RegexCount.isWordByte(buf.get(ValueLayout.JAVA_BYTE, cut - 1))) {
                    cut--;
                }
                if (cut > start) {
                    m.reset(new Latin1Chars(buf, start, cut - start));
                    while (m.find()) {
                        count++;
                    }
                }
                for (int p = cut; p < read; p++) {
                    runLetters &= RegexCount.isLetter(buf.get(ValueLayout.JAVA_BYTE, p));
                    runLength++;
                }
            }
            return count + (runLength == 5 && runLetters ? 1 : 0);
        }
    }

    /**
     * Replaces {@code " the "} with {@code " eht "} (left to right, no overlaps) while streaming the
     * file into a temporary sibling, which is {@code force}d and moved atomically over the original.
     * Returns the file size.
     */
    public static long replace(StreamingStrategy strategy, Path file, Window window) throws IOException {
        ByteSearch s = ByteSearch.THE;
        int n = s.length();
        requireFits(window, n);
        MemorySegment replacement = MemorySegment.ofArray(Workload.REPLACEMENT);
        long[] size = new long[1];
        try (ChunkReader reader = strategy.openReader(file, 0, window)) {
            MemorySegment buf = reader.buffer();
            AtomicOutput.writeFile(file, tmp -> {
                try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    int keep = 0;
                    int resume = 0;
                    int read;
                    while ((read = reader.fill(keep)) > 0) {
                        int valid = keep + read;
                        long p;
                        while ((p = s.indexOf(buf, resume, valid)) >= 0) {
                            MemorySegment.copy(replacement, 0, buf, p, n);
                            resume = (int) p + n;
                        }
                        // Bytes from here on may start a match that ends in the next window; those before
                        // were either searched completely or belong to a replaced match.
                        int hold = Math.max(resume, valid - (n - 1));
                        write(out, buf, hold);
                        size[0] += hold;
                        MemorySegment.copy(buf, hold, buf, 0, valid - hold);
                        keep = valid - hold;
                        resume = 0;
                    }
                    write(out, buf, keep);
                    size[0] += keep;
                    out.force(false);
                }
            });
        }
        return size[0];
    }

    private static void write(FileChannel out, MemorySegment buf, int length) throws IOException {
        ByteBuffer b = buf.asSlice(0, length).asByteBuffer();
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    /** Moves the last {@code min(valid, n - 1)} bytes to the start of the buffer; returns how many. */
    private static int carry(MemorySegment buf, int valid, int n) {
        int keep = Math.min(valid, n - 1);
        MemorySegment.copy(buf, valid - keep, buf, 0, keep);
        return keep;
    }

    private static void requireFits(Window window, int n) {
        if (window.capacity() < n) {
            throw new IllegalArgumentException("a window of " + window.capacity() + " bytes cannot hold the " + n + "-byte needle");
        }
    }
}
