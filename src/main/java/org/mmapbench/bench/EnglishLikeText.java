package org.mmapbench.bench;

import java.util.SplittableRandom;

/**
 * Deterministic English-like bytes for kernel benchmarks: words drawn from a small vocabulary with
 * skewed frequencies, separated by spaces, with commas, full stops and line breaks mixed in. A
 * fixed seed gives the same bytes on every machine.
 *
 * <p>NOTE: "the" is drawn for about 23% of words (the first of 84 words under a cubed uniform
 * draw: 84^(-1/3)), several times denser than in English prose (about 6%), so a {@code " the "}
 * occurs roughly every 25 bytes; near-misses ("then", "theatre", "bathe") are frequent too.
 */
final class EnglishLikeText {

    private static final String[] WORDS = {
        "the", "of", "and", "to", "a", "in", "that", "he", "was", "it", "his", "with", "is", "for", "as",
        "had", "you", "not", "be", "her", "on", "at", "by", "which", "have", "or", "from", "this", "him",
        "but", "all", "she", "they", "were", "my", "are", "me", "one", "their", "so", "an", "said", "them",
        "we", "who", "would", "been", "will", "no", "when", "there", "if", "more", "out", "up", "into",
        "Quixote", "Sancho", "knight", "windmills", "squire", "village", "master", "whale", "captain",
        "sea", "ship", "prince", "princess", "thought", "little", "great", "upon", "these", "other",
        "theatre", "thee", "then", "their", "themselves", "bathe", "lathe", "ether", "together"
    };

    private EnglishLikeText() {
    }

    /** {@code size} bytes of English-like ASCII text generated from {@code seed}. */
    static byte[] generate(int size, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] out = new byte[size];
        int pos = 0;
        while (pos < size) {
            // Skewed choice: low indices (the most frequent words) are drawn far more often.
            double u = rnd.nextDouble();
            int idx = (int) (WORDS.length * u * u * u);
            byte[] w = WORDS[idx].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int j = 0; j < w.length && pos < size; j++) {
                out[pos++] = w[j];
            }
            if (pos >= size) {
                break;
            }
            int r = rnd.nextInt(100);
            if (r < 6) {
                out[pos++] = ',';
                if (pos < size) {
                    out[pos++] = ' ';
                }
            } else if (r < 9) {
                out[pos++] = '.';
                if (pos < size) {
                    out[pos++] = rnd.nextInt(4) == 0 ? (byte) '\n' : (byte) ' ';
                }
            } else {
                out[pos++] = ' ';
            }
        }
        return out;
    }
}
