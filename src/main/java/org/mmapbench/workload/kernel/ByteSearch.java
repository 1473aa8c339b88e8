package org.mmapbench.workload.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The byte-search kernel: finds and counts every occurrence of a short needle in a
 * {@link MemorySegment} (heap, native or mapped alike), so that regular and mapped strategies run
 * exactly the same search code.
 *
 * <p>Exact SWAR ("SIMD within a register"): for 8 candidate start positions at once it loads one
 * unaligned 64-bit word per needle byte ({@code i + j} for byte {@code j}), XORs it with that byte
 * broadcast to all 8 lanes and ORs the results; a lane is zero exactly where all needle bytes
 * match, and an exact zero-byte test (no borrow between lanes, so no false positives) turns zero
 * lanes into bits. Counting needs no verification step and no branch per candidate. A 5-byte needle
 * (" the ") has a straight-line loop; other lengths loop over the needle bytes.
 *
 * <p>Occurrences may overlap: {@link #count} counts every start offset where the needle matches.
 */
public final class ByteSearch {

    /** The workloads' needle, {@code " the "}. */
    public static final ByteSearch THE = new ByteSearch(" the ".getBytes(StandardCharsets.US_ASCII));

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final java.lang.invoke.VarHandle ARRAY_LONG =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;

    private final byte[] needle;
    private final long[] broadcast;

    /** Creates a search for {@code needle} (at least one byte). */
    public ByteSearch(byte[] needle) {
        if (needle.length == 0) {
            throw new IllegalArgumentException("empty needle");
        }
        this.needle = needle.clone();
        this.broadcast = new long[needle.length];
        for (int j = 0; j < needle.length; j++) {
            broadcast[j] = (needle[j] & 0xFFL) * ONES;
        }
    }

    /** The needle's length in bytes. */
    public int length() {
        return needle.length;
    }

    /** A copy of the needle. */
    public byte[] needle() {
        return needle.clone();
    }

    /** The high bit of every byte of {@code x} that is zero, and no other bit. */
    static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * The first offset {@code i} in {@code [from, to - length]} where the needle matches
     * {@code seg[i, i + length)}, or -1.
     */
    public long indexOf(MemorySegment seg, long from, long to) {
        int n = needle.length;
        long i = from;
        long lastWordStart = to - n + 1 - 8;
        if (n == 5) {
            long b0 = broadcast[0], b1 = broadcast[1], b2 = broadcast[2], b3 = broadcast[3], b4 = broadcast[4];
            for (; i <= lastWordStart; i += 8) {
                long x = (seg.get(LONG, i) ^ b0) | (seg.get(LONG, i + 1) ^ b1) | (seg.get(LONG, i + 2) ^ b2)
                        | (seg.get(LONG, i + 3) ^ b3) | (seg.get(LONG, i + 4) ^ b4);
                long z = zeroBytes(x);
                if (z != 0) {
                    return i + (Long.numberOfTrailingZeros(z) >>> 3);
                }
            }
        } else {
            for (; i <= lastWordStart; i += 8) {
                long x = 0;
                for (int j = 0; j < n; j++) {
                    x |= seg.get(LONG, i + j) ^ broadcast[j];
                }
                long z = zeroBytes(x);
                if (z != 0) {
                    return i + (Long.numberOfTrailingZeros(z) >>> 3);
                }
            }
        }
        for (; i <= to - n; i++) {
            if (matchesAt(seg, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The number of offsets {@code i} in {@code [from, to - length]} where the needle matches (overlaps counted). */
    public long count(MemorySegment seg, long from, long to) {
        int n = needle.length;
        long i = from;
        long lastWordStart = to - n + 1 - 8;
        long count = 0;
        if (n == 5) {
            long b0 = broadcast[0], b1 = broadcast[1], b2 = broadcast[2], b3 = broadcast[3], b4 = broadcast[4];
            for (; i <= lastWordStart; i += 8) {
                long x = (seg.get(LONG, i) ^ b0) | (seg.get(LONG, i + 1) ^ b1) | (seg.get(LONG, i + 2) ^ b2)
                        | (seg.get(LONG, i + 3) ^ b3) | (seg.get(LONG, i + 4) ^ b4);
                count += Long.bitCount(zeroBytes(x));
            }
        } else {
            for (; i <= lastWordStart; i += 8) {
                long x = 0;
                for (int j = 0; j < n; j++) {
                    x |= seg.get(LONG, i + j) ^ broadcast[j];
                }
                count += Long.bitCount(zeroBytes(x));
            }
        }
        for (; i <= to - n; i++) {
            if (matchesAt(seg, i)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The same count as {@link #count(MemorySegment, long, long)} over a plain {@code byte[]}
     * through a byte-array view {@code VarHandle}: the baseline that shows what the
     * {@code MemorySegment} abstraction costs (the kernel benchmark compares the two).
     */
    public long count(byte[] a, int from, int to) {
        int n = needle.length;
        int i = from;
        int lastWordStart = to - n + 1 - 8;
        long count = 0;
        if (n == 5) {
            long b0 = broadcast[0], b1 = broadcast[1], b2 = broadcast[2], b3 = broadcast[3], b4 = broadcast[4];
            for (; i <= lastWordStart; i += 8) {
                long x = ((long) ARRAY_LONG.get(a, i) ^ b0) | ((long) ARRAY_LONG.get(a, i + 1) ^ b1)
                        | ((long) ARRAY_LONG.get(a, i + 2) ^ b2) | ((long) ARRAY_LONG.get(a, i + 3) ^ b3)
                        | ((long) ARRAY_LONG.get(a, i + 4) ^ b4);
                count += Long.bitCount(zeroBytes(x));
            }
        } else {
            for (; i <= lastWordStart; i += 8) {
                long x = 0;
                for (int j = 0; j < n; j++) {
                    x |= (long) ARRAY_LONG.get(a, i + j) ^ broadcast[j];
                }
                count += Long.bitCount(zeroBytes(x));
            }
        }
        for (; i <= to - n; i++) {
            if (matchesAt(MemorySegment.ofArray(a), i)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the needle matches {@code seg[i, i + length)}; the caller checks the bounds. */
    public boolean matchesAt(MemorySegment seg, long i) {
        for (int j = 0; j < needle.length; j++) {
            if (seg.get(ValueLayout.JAVA_BYTE, i + j) != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
