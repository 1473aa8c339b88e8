package org.mmapbench.corpus;

/**
 * A SplitMix64 pseudo-random generator, written out here so generated corpora never depend on a JDK
 * class whose algorithm could change between releases.
 *
 * <p>The algorithm is Steele, Lea and Flood's SplitMix64 (the one behind {@code SplittableRandom});
 * it is fast, passes BigCrush and is fully specified by its 64-bit state, so a given seed yields the
 * same sequence on every machine. Not thread-safe: each generated block owns its own instance.
 */
final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    /** Starts the sequence at {@code seed}. */
    SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    long nextLong() {
        return mix64(state += GOLDEN_GAMMA);
    }

    /** A uniform integer in {@code [0, bound)} for {@code bound} in {@code [1, 2^31)} (multiply-shift). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix, also used to derive independent seeds. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The seed of block {@code blockIndex} of a corpus with {@code seed}, salted per corpus kind. */
    static long blockSeed(long seed, long salt, long blockIndex) {
        return mix64(mix64(seed ^ salt) + GOLDEN_GAMMA * (blockIndex + 1));
    }
}
