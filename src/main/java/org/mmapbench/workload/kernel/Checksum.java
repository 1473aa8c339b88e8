package org.mmapbench.workload.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The read workload's checksum: the sum of all bytes read as unsigned values (0..255), as a
 * {@code long}. It touches every byte, so no part of the file can be skipped, and it does not
 * depend on how the file is cut into chunks.
 *
 * <p>SWAR: each 64-bit word is split into four 16-bit lanes of two-byte sums, accumulated for up
 * to 128 words (a lane then holds at most 65,280) before the lanes are added up.
 */
public final class Checksum {

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final long EVEN = 0x00FF00FF00FF00FFL;
    private static final int BLOCK_WORDS = 128;

    private Checksum() {
    }

    /** The sum of the unsigned bytes of {@code seg[from, to)}. */
    public static long sum(MemorySegment seg, long from, long to) {
        long total = 0;
        long i = from;
        while (to - i >= 8L * BLOCK_WORDS) {
            long acc = 0;
            long end = i + 8L * BLOCK_WORDS;
            for (; i < end; i += 8) {
                long w = seg.get(LONG, i);
                acc += (w & EVEN) + ((w >>> 8) & EVEN);
            }
            total += (acc & 0xFFFF) + ((acc >>> 16) & 0xFFFF) + ((acc >>> 32) & 0xFFFF) + (acc >>> 48);
        }
        for (; i < to; i++) {
            total += seg.get(ValueLayout.JAVA_BYTE, i) & 0xFF;
        }
        return total;
    }
}
