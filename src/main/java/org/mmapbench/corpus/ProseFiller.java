package org.mmapbench.corpus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Writes prose from units (words or short phrases) of a {@link UnitPool}: paragraphs of 1 to 8
 * sentences, sentences of a subclass-chosen number of units, commas (25 in 256 unit ends) and
 * semicolons (3 in 256) inside sentences, {@code .} (80%), {@code ?} (10%) or {@code !} (10%) at their
 * ends, the first letter of a sentence capitalised (ASCII letters only), lines of at most
 * {@value #WIDTH} bytes ended by {@code \n}, paragraphs separated by a blank line.
 *
 * <p>Only whole units are written, so multi-byte UTF-8 characters are never split; when fewer than
 * {@link UnitPool#COPY} plus two bytes are left in the block, the rest of the block (from the last separator on)
 * is filled with {@code \n}.
 *
 * <p>NOTE: the loop is written for speed (one random number per unit, a few inline 8-byte moves per
 * unit, the separator written eagerly and turned into a line break when the next unit does not fit):
 * the {@code english} kind must generate at hundreds of MB/s per core.
 */
abstract class ProseFiller implements BlockFiller {
    /** Lines hold at most this many bytes before their {@code \n}. */
    static final int WIDTH = 72;
    /** Punctuation after a unit inside a sentence, by the low 8 bits of its random number (0 = none). */
    static final byte[] INNER = new byte[256];
    /** Punctuation after the last unit of a sentence. */
    private static final byte[] END = new byte[256];
    /** ASCII lower-case letters mapped to upper case; every other byte to itself. */
    private static final byte[] CAPITAL = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            INNER[i] = (byte) (i < 25 ? ',' : i < 28 ? ';' : 0);
            END[i] = (byte) (i < 205 ? '.' : i < 230 ? '?' : '!');
            CAPITAL[i] = (byte) (i >= 'a' && i <= 'z' ? i - 32 : i);
        }
    }

    /** Unaligned 8-byte access to byte arrays, for {@link #copyUnit}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final long seed;
    private final long salt;
    private final UnitPool pool;
    private final int minUnits;
    private final int unitChoices;

    /**
     * @param minUnits the fewest units in a sentence
     * @param unitChoices sentences have {@code minUnits} to {@code minUnits + unitChoices - 1} units, uniformly
     */
    ProseFiller(long seed, long salt, UnitPool pool, int minUnits, int unitChoices) {
        this.seed = seed;
        this.salt = salt;
        this.pool = pool;
        this.minUnits = minUnits;
        this.unitChoices = unitChoices;
    }

    /**
     * Picks the next unit's index in the pool.
     *
     * @param random 64 fresh random bits, of which bits 8..63 are the picker's
     * @param rnd the block's generator, for further draws
     */
    abstract int pick(long random, SplitMix64 rnd);

    /**
     * Copies at least the {@code n} bytes of a unit from {@code src[from..)} to {@code dst[to..)}, eight at
     * a time, and at most {@link UnitPool#COPY}: the bytes past {@code n} are overwritten later.
     *
     * <p>NOTE: inline 8-byte moves rather than {@code System.arraycopy}, whose out-of-line stub call cost
     * more than the rest of the loop for these ~20-byte units (measured with perf on JDK 25).
     */
    private static void copyUnit(byte[] src, int from, byte[] dst, int to, int n) {
        LONGS.set(dst, to, (long) LONGS.get(src, from));
        LONGS.set(dst, to + 8, (long) LONGS.get(src, from + 8));
        LONGS.set(dst, to + 16, (long) LONGS.get(src, from + 16));
        for (int i = 24; i < n; i += 8) {
            LONGS.set(dst, to + i, (long) LONGS.get(src, from + i));
        }
    }

    @Override
    public final void fill(long blockIndex, byte[] buf, int length) {
        SplitMix64 rnd = new SplitMix64(SplitMix64.blockSeed(seed, salt, blockIndex));
        byte[] data = pool.data;
        int[] packed = pool.packed;
        int limit = length - UnitPool.COPY - 2;
        int pos = 0;
        int col = 0;
        fill:
        while (true) {
            long shape = rnd.nextLong();
            int sentences = 1 + (int) (shape & 7);
            for (int s = 0; s < sentences; s++) {
                shape >>>= 7;
                int count = minUnits + (int) (((shape & 0x7f) * unitChoices) >>> 7);
                for (int u = 0; u < count; u++) {
                    if (pos > limit) {
                        break fill;
                    }
                    long r = rnd.nextLong();
                    int unit = packed[pick(r, rnd)];
                    int n = unit & 0xff;
                    if (col + n + 1 > WIDTH) {
                        buf[pos - 1] = '\n'; // the separator written after the previous unit
                        col = 0;
                    }
                    copyUnit(data, unit >>> 8, buf, pos, n);
                    if (u == 0) {
                        buf[pos] = CAPITAL[buf[pos] & 0xff];
                    }
                    pos += n;
                    byte punct = (u == count - 1 ? END : INNER)[(int) (r & 0xff)];
                    buf[pos] = punct;
                    int p = punct == 0 ? 0 : 1;
                    pos += p;
                    buf[pos++] = ' ';
                    col += n + p + 1;
                }
            }
            if (pos > limit) {
                break;
            }
            buf[pos - 1] = '\n'; // paragraph end: the sentence's separator and one more make a blank line
            buf[pos++] = '\n';
            col = 0;
        }
        // The tail: the trailing separator and everything after it become line breaks.
        for (int i = Math.max(0, pos - 1); i < length; i++) {
            buf[i] = '\n';
        }
    }
}
