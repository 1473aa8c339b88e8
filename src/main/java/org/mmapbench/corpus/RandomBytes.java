package org.mmapbench.corpus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** The {@code random-bytes} kind: uniformly random bytes, SplitMix64 output written little-endian. */
final class RandomBytes implements BlockFiller {
    private static final long SALT = 0x72616e646f6dL; // "random"
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final long seed;

    RandomBytes(long seed) {
        this.seed = seed;
    }

    @Override
    public void fill(long blockIndex, byte[] buf, int length) {
        SplitMix64 rnd = new SplitMix64(SplitMix64.blockSeed(seed, SALT, blockIndex));
        int pos = 0;
        for (; pos + 8 <= length; pos += 8) {
            LONGS.set(buf, pos, rnd.nextLong());
        }
        if (pos < length) {
            long last = rnd.nextLong();
            for (; pos < length; pos++) {
                buf[pos] = (byte) last;
                last >>>= 8;
            }
        }
    }
}
