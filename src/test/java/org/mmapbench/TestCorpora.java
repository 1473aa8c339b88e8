package org.mmapbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.mmapbench.corpus.CorpusGenerator;
import org.mmapbench.corpus.CorpusKind;

/**
 * The one place tests get corpus files from: the five Gutenberg texts in
 * {@code ../shared/datasets/gutenberg/} (found from system property {@code mmapbench.projectDir})
 * and small synthetic files written into a test's temporary folder.
 *
 * <p>Besides the hand-written synthetic files (which plant dense, overlapping and boundary matches on
 * purpose), {@link #synthetic(Path)} includes the project's own generated kinds ({@link CorpusGenerator})
 * at several sizes, so every kind a benchmark can measure is part of the contract.
 */
public final class TestCorpora {

    /** The Gutenberg files, sorted by name. */
    public static List<Path> gutenberg() {
        Path dir = Path.of(System.getProperty("mmapbench.projectDir", ".")).resolve("../shared/datasets/gutenberg").normalize();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (files.size() != 5) {
                throw new IllegalStateException(dir + ": expected 5 Gutenberg .txt files, found " + files.size());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list the Gutenberg texts", e);
        }
    }

    /** The Gutenberg file whose name starts with {@code prefix}, e.g. {@code don-quixote}. */
    public static Path gutenberg(String prefix) {
        return gutenberg().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Gutenberg text " + prefix));
    }

    /**
     * A new temporary folder in memory ({@code /dev/shm}) where the system has one, else in the default
     * temporary folder. The cell contract writes files that the replace workloads {@code force}; on tmpfs
     * that costs nothing, on a disk each of the thousands of 7-byte mapping chunks would wait for writeback.
     */
    public static Path inMemoryTempDir(String prefix) throws IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, prefix)
                : Files.createTempDirectory(prefix);
    }

    /** Writes {@code bytes} to {@code dir/name} and returns the path. */
    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** English-like ASCII words, spaces, punctuation and line breaks; many " the ". */
    public static byte[] english(int size, long seed) {
        String[] words = {"the", "of", "and", "a", "to", "in", "Quixote", "knight", "then", "theme", "bathe", "there", "lathe", "sword"};
        return fromWords(words, size, seed);
    }

    /** UTF-8 text with multi-byte characters right next to matches ("é the ", " the ñ", "naïve"...). */
    public static byte[] utf8Mixed(int size, long seed) {
        String[] words = {"the", "é", "ñandú", "naïve", "Ωmega", "日本語", "the€", "€the", "caféx", "abcdé", "éabcde", "quote", "smile"};
        return fromWords(words, size, seed);
    }

    /** Log-like lines: timestamps, levels, digits and underscores (word chars that are not letters). */
    public static byte[] log(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(size + 128);
        String[] levels = {"INFO", "WARN", "ERROR", "DEBUG"};
        while (sb.length() < size) {
            sb.append("2026-11-27T03:").append(r.nextInt(10, 60)).append(' ').append(levels[r.nextInt(4)])
                    .append(" user_").append(r.nextInt(1000)).append(" read the file block").append(r.nextInt(99))
                    .append(r.nextBoolean() ? " at the end" : " fails").append('\n');
        }
        return truncate(sb.toString().getBytes(StandardCharsets.UTF_8), size);
    }

    /** Uniformly random bytes. */
    public static byte[] randomBytes(int size, long seed) {
        byte[] b = new byte[size];
        new SplittableRandom(seed).nextBytes(b);
        return b;
    }

    /** Random bytes from a tiny alphabet (" the" and a letter), so matches are dense and overlap. */
    public static byte[] denseMatches(int size, long seed) {
        byte[] alphabet = " thex".getBytes(StandardCharsets.US_ASCII);
        SplittableRandom r = new SplittableRandom(seed);
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = alphabet[r.nextInt(alphabet.length)];
        }
        // plant some exact matches and a doubled " the the " (overlapping occurrences)
        for (int i = 0; i + 9 <= size; i += 97) {
            System.arraycopy(" the the ".getBytes(StandardCharsets.US_ASCII), 0, b, i, 9);
        }
        return b;
    }

    /** Synthetic files of every kind at several sizes, in {@code dir}. */
    public static List<Path> synthetic(Path dir) {
        List<Path> out = new ArrayList<>();
        for (CorpusKind kind : CorpusKind.generatedKinds()) {
            for (long size : new long[] {4096, 10_007, 1 << 20}) {
                Path file = dir.resolve("generated-" + kind.id() + "-" + size);
                try {
                    CorpusGenerator.generate(kind, size, 42, file, 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.add(file);
            }
        }
        for (int size : new int[] {1, 17, 4096, 10_003, 65_536 + 3, 300_000}) {
            out.add(write(dir, "english-" + size, english(size, 42)));
            out.add(write(dir, "utf8-mixed-" + size, utf8Mixed(size, 42)));
            out.add(write(dir, "log-" + size, log(size, 42)));
            out.add(write(dir, "random-bytes-" + size, randomBytes(size, 42)));
            out.add(write(dir, "dense-" + size, denseMatches(size, 42)));
        }
        return out;
    }

    /** Hand-made edge cases: empty, shorter than the seek offset, no match, matches at the ends, straddling 10000. */
    public static List<Path> edgeCases(Path dir) {
        List<Path> out = new ArrayList<>();
        out.add(write(dir, "empty", new byte[0]));
        out.add(write(dir, "short-15", "0123456789abcde".getBytes(StandardCharsets.US_ASCII)));
        out.add(write(dir, "exact-16", "0123456789 the x".getBytes(StandardCharsets.US_ASCII)));
        out.add(write(dir, "only-needle", " the ".getBytes(StandardCharsets.US_ASCII)));
        out.add(write(dir, "no-match", english(50_000, 7).clone()));
        byte[] noMatch = english(50_000, 7);
        for (int i = 0; i + 5 <= noMatch.length; i++) {
            if (noMatch[i] == ' ' && noMatch[i + 1] == 't' && noMatch[i + 2] == 'h' && noMatch[i + 3] == 'e' && noMatch[i + 4] == ' ') {
                noMatch[i + 2] = 'H';
            }
        }
        out.set(out.size() - 1, write(dir, "no-match", noMatch));
        byte[] below = new byte[9_999];
        java.util.Arrays.fill(below, (byte) 'x');
        System.arraycopy(" the ".getBytes(StandardCharsets.US_ASCII), 0, below, 100, 5);
        out.add(write(dir, "shorter-than-seek", below));
        byte[] straddle = new byte[10_020];
        java.util.Arrays.fill(straddle, (byte) 'y');
        System.arraycopy(" the ".getBytes(StandardCharsets.US_ASCII), 0, straddle, 9_998, 5);
        System.arraycopy(" the ".getBytes(StandardCharsets.US_ASCII), 0, straddle, 10_015, 5);
        out.add(write(dir, "straddles-seek", straddle));
        out.add(write(dir, "ends-with-needle", "abc the the ".getBytes(StandardCharsets.US_ASCII)));
        out.add(write(dir, "ends-with-partial", "abc the".getBytes(StandardCharsets.US_ASCII)));
        out.add(write(dir, "all-letters", "abcdefghij".repeat(2000).getBytes(StandardCharsets.US_ASCII)));
        out.add(write(dir, "five-letter-words", "abcde fghij_klmno pqrst1 uvwxy\u00e9zabcd".getBytes(StandardCharsets.ISO_8859_1)));
        return out;
    }

    private static byte[] fromWords(String[] words, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(size + 64);
        while (sb.length() < size) {
            sb.append(words[r.nextInt(words.length)]);
            int p = r.nextInt(20);
            sb.append(p == 0 ? ", " : p == 1 ? ".\n" : p == 2 ? "\r\n" : " ");
        }
        return truncate(sb.toString().getBytes(StandardCharsets.UTF_8), size);
    }

    private static byte[] truncate(byte[] b, int size) {
        return b.length == size ? b : java.util.Arrays.copyOf(b, size);
    }

    private TestCorpora() {
    }
}
