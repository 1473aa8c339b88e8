package org.mmapbench.workload.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteSearchTest {

    private static long naiveIndexOf(byte[] h, byte[] n, int from, int to) {
        for (int i = from; i + n.length <= to; i++) {
            if (java.util.Arrays.equals(h, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        return -1;
    }

    private static long naiveCount(byte[] h, byte[] n, int from, int to) {
        long c = 0;
        for (int i = from; i + n.length <= to; i++) {
            if (java.util.Arrays.equals(h, i, i + n.length, n, 0, n.length)) {
                c++;
            }
        }
        return c;
    }

    @Test
    void agreesWithNaiveSearchForEveryNeedleLengthAndRange() {
        SplittableRandom r = new SplittableRandom(1);
        for (int round = 0; round < 3000; round++) {
            int len = r.nextInt(0, 80);
            byte[] hay = new byte[len];
            for (int i = 0; i < len; i++) {
                hay[i] = (byte) "ab \u00e9\u0000\u00ff".charAt(r.nextInt(6));
            }
            int nlen = r.nextInt(1, 10);
            byte[] needle = new byte[nlen];
            for (int i = 0; i < nlen; i++) {
                needle[i] = (byte) "ab \u00e9\u0000\u00ff".charAt(r.nextInt(3));
            }
            int from = len == 0 ? 0 : r.nextInt(0, len + 1);
            int to = r.nextInt(from, len + 1);
            ByteSearch s = new ByteSearch(needle);
            MemorySegment seg = MemorySegment.ofArray(hay);
            assertEquals(naiveIndexOf(hay, needle, from, to), s.indexOf(seg, from, to), "indexOf round " + round);
            assertEquals(naiveCount(hay, needle, from, to), s.count(seg, from, to), "count round " + round);
            assertEquals(naiveCount(hay, needle, from, to), s.count(hay, from, to), "byte[] count round " + round);
        }
    }

    @Test
    void theNeedleCountsOverlapsAndFindsFirstInNativeMemory() {
        byte[] text = "x the the  the thethe the".getBytes(StandardCharsets.US_ASCII);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment seg = a.allocate(text.length);
            MemorySegment.copy(MemorySegment.ofArray(text), 0, seg, 0, text.length);
            assertEquals(1, ByteSearch.THE.indexOf(seg, 0, text.length));
            assertEquals(5, ByteSearch.THE.indexOf(seg, 2, text.length));
            // " the " at 1, 5, 10; "thethe" has no spaces around the first "the"
            assertEquals(3, ByteSearch.THE.count(seg, 0, text.length));
            assertEquals(-1, ByteSearch.THE.indexOf(seg, 11, text.length));
        }
    }

    @Test
    void zeroByteMaskIsExact() {
        // the classic (x - 0x01..) & ~x & 0x80.. test reports a false zero above a real one (0x0100 pattern)
        assertEquals(0x0000000000000080L, ByteSearch.zeroBytes(0x0101010101010100L));
        assertEquals(0x8080808080808080L, ByteSearch.zeroBytes(0L));
        assertEquals(0L, ByteSearch.zeroBytes(0x8080808080808080L));
        assertEquals(0x8000000000000000L, ByteSearch.zeroBytes(0x00FFFFFFFFFFFFFFL));
    }

    @Test
    void checksumIsTheSumOfUnsignedBytes() {
        SplittableRandom r = new SplittableRandom(3);
        for (int len : new int[] {0, 1, 7, 8, 9, 1023, 1024, 1025, 5000}) {
            byte[] b = new byte[len];
            r.nextBytes(b);
            long expect = 0;
            for (byte x : b) {
                expect += x & 0xFF;
            }
            assertEquals(expect, Checksum.sum(MemorySegment.ofArray(b), 0, len), "length " + len);
        }
        byte[] ff = new byte[100_000];
        java.util.Arrays.fill(ff, (byte) 0xFF);
        assertEquals(255L * 100_000, Checksum.sum(MemorySegment.ofArray(ff), 0, ff.length));
        assertEquals(255L * 99_990, Checksum.sum(MemorySegment.ofArray(ff), 3, 99_993));
    }
}
