package org.mmapbench.workload;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmapbench.access.FileBytes;
import org.mmapbench.workload.kernel.Latin1Chars;

/**
 * The regex kernel: counts matches of {@link #PATTERN} over a {@link FileBytes} view with
 * {@code java.util.regex} running over zero-copy {@link Latin1Chars} windows.
 *
 * <p>Semantics: default flags, so {@code \b} and {@code [a-zA-Z]} are ASCII-only: since JDK 19 a
 * word boundary is a change between {@code \w} = {@code [a-zA-Z0-9_]} and anything else, so
 * ISO-8859-1 letters such as {@code é} (and every byte of a multi-byte UTF-8 sequence) are
 * non-word chars. A match is therefore a maximal run of word bytes that is exactly five ASCII
 * letters long.
 *
 * <p>Windows: a {@code Matcher} takes at most {@code Integer.MAX_VALUE} chars and must not cross
 * a chunk edge, so the view is cut into windows, and a cut is made only just after a non-word byte.
 * No run of word bytes is then split, and the chars just outside a window are non-word, exactly
 * as {@code \b} assumes at the ends of its input: each match is found once, in one window. Where no
 * such cut exists before the window or chunk ends, the view holds a run of word bytes crossing that
 * edge; it is measured byte by byte (it matches iff it is exactly five ASCII letters long).
 */
public final class RegexCount {

    /** The workloads' regex: five-letter ASCII words. */
    public static final Pattern PATTERN = Pattern.compile("\\b[a-zA-Z]{5}\\b");

    private RegexCount() {
    }

    /** Whether {@code b} is a {@code \w} char under default (ASCII) regex semantics. */
    public static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
    }

    /** Whether {@code b} is an ASCII letter, the only bytes {@code [a-zA-Z]} matches. */
    static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /**
     * The number of matches of {@link #PATTERN} in a view of the whole file.
     *
     * @param fb a view starting at file offset 0
     * @param window the largest slice given to one {@code Matcher} (at least 1)
     */
    public static long count(FileBytes fb, int window) {
        if (fb.start() != 0) {
            throw new IllegalArgumentException("regex needs a view of the whole file, this one starts at " + fb.start());
        }
        Matcher m = PATTERN.matcher("");
        long end = fb.end();
        long pos = 0;
        long count = 0;
        while (pos < end) {
            // Invariant: pos == 0 or the byte at pos - 1 is a non-word byte.
            FileBytes.Chunk c = fb.chunkAt(pos);
            MemorySegment seg = c.segment();
            long base = c.fileOffset();
            long limit = Math.min(c.end(), pos + window);
            long q = limit;
            if (limit < end) {
                while (q > pos && isWordByte(seg.get(ValueLayout.JAVA_BYTE, q - 1 - base))) {
                    q--;
                }
            }
            if (q > pos) {
                m.reset(new Latin1Chars(seg, pos - base, (int) (q - pos)));
                while (m.find()) {
                    count++;
                }
                pos = q;
            } else {
                // [pos, limit) is all word bytes: follow the run across the edge.
                long r = limit;
                while (r < end && isWordByte(fb.get(r))) {
                    r++;
                }
                if (r - pos == 5 && allLetters(fb, pos, r)) {
                    count++;
                }
                pos = Math.min(end, r + 1);
            }
        }
        return count;
    }

    private static boolean allLetters(FileBytes fb, long from, long to) {
        for (long p = from; p < to; p++) {
            if (!isLetter(fb.get(p))) {
                return false;
            }
        }
        return true;
    }

    /** The number of matches of {@link #PATTERN} in {@code text} (the idiomatic variant). */
    public static long count(CharSequence text) {
        Matcher m = PATTERN.matcher(text);
        long count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
