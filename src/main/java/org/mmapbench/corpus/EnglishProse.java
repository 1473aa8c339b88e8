package org.mmapbench.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code english} kind: prose built from a fixed table of {@value #PHRASES} three-word phrases
 * whose words were drawn from {@link EnglishWords} at their natural frequencies, so " the " and
 * five-letter words occur at rates close to real English novels.
 *
 * <p>Phrases rather than single words are the unit so that generation runs at hundreds of MB/s per
 * core: one random number and one copy place three words. The table is built once from a fixed seed
 * (it is part of the output format, not of the corpus seed); the corpus seed chooses the sequence of
 * phrases, punctuation and layout. Phrases contain the inner punctuation of their first two words.
 *
 * <p>NOTE: with 16,384 phrases (about 290 KB, small enough to stay in a core's L2 cache, which is what
 * makes generation fast), three-word sequences recur in large corpora (a 4 GiB file holds each phrase
 * about 14,000 times) and the rarest of the 8,000 words may not occur at all; word, " the " and
 * five-letter-word frequencies are what the benchmarks depend on, not novelty.
 */
final class EnglishProse extends ProseFiller {
    /** The number of phrases in the table (a power of two). */
    static final int PHRASES = 1 << 14;
    private static final int PHRASE_BITS = 14;
    private static final long TABLE_SEED = 0x7068726173657321L; // "phrases!"
    private static final long SALT = 0x656e676c697368L; // "english"
    private static final UnitPool TABLE = buildTable(EnglishWords.get());

    EnglishProse(long seed) {
        super(seed, SALT, TABLE, 1, 8);
    }

    @Override
    int pick(long random, SplitMix64 rnd) {
        return (int) (random >>> (64 - PHRASE_BITS));
    }

    private static UnitPool buildTable(EnglishWords vocabulary) {
        SplitMix64 rnd = new SplitMix64(TABLE_SEED);
        List<String> phrases = new ArrayList<>(PHRASES);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PHRASES; i++) {
            sb.setLength(0);
            for (int w = 0; w < 3; w++) {
                long r = rnd.nextLong();
                sb.append(vocabulary.words.get(vocabulary.sample(r)));
                if (w < 2) {
                    byte punct = INNER[(int) (r & 0xff)];
                    if (punct != 0) {
                        sb.append((char) punct);
                    }
                    sb.append(' ');
                }
            }
            phrases.add(sb.toString());
        }
        return new UnitPool(phrases);
    }
}
