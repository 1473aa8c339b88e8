package org.mmapbench.corpus;

/**
 * Fills one fixed-size block of a generated corpus.
 *
 * <p>A generated corpus is a sequence of {@link CorpusGenerator#BLOCK_SIZE} blocks (the last one may be
 * shorter), and block {@code i} depends only on (kind, seed, {@code i}, its length): blocks can be made in
 * any order, on any number of threads, and the file is still byte-identical. Implementations are
 * immutable and thread-safe; each call keeps its random state on the stack.
 */
interface BlockFiller {

    /** Writes exactly {@code length} bytes of block {@code blockIndex} into {@code buf[0..length)}. */
    void fill(long blockIndex, byte[] buf, int length);

    /** The filler for {@code kind} with {@code seed}. */
    static BlockFiller of(CorpusKind kind, long seed) {
        return switch (kind) {
            case ENGLISH -> new EnglishProse(seed);
            case UTF8_MIXED -> new MixedScriptProse(seed);
            case LOG -> new LogLines(seed);
            case RANDOM_BYTES -> new RandomBytes(seed);
            case PUBLIC_DOMAIN -> throw new IllegalArgumentException("public-domain corpora are not generated");
        };
    }
}
