package org.mmapbench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The English vocabulary of the generators: 8,000 real word forms weighted by how often they occur in
 * four public-domain Project Gutenberg novels (resource {@code english-words.tsv}, whose header says
 * how it was derived), with an {@link AliasTable} to draw them at those frequencies.
 */
final class EnglishWords {
    private static final String RESOURCE = "english-words.tsv";
    private static final EnglishWords INSTANCE = load();

    /** The words, most frequent first, as usually written (lower case except names and "I"). */
    final List<String> words;
    /** The words as US-ASCII bytes. */
    final byte[][] ascii;
    private final AliasTable table;

    private EnglishWords(List<String> words, long[] counts) {
        this.words = List.copyOf(words);
        this.ascii = words.stream().map(w -> w.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
        this.table = new AliasTable(counts);
    }

    /** The shared, immutable vocabulary. */
    static EnglishWords get() {
        return INSTANCE;
    }

    /** The number of distinct words. */
    int size() {
        return words.size();
    }

    /** Draws a word index by frequency from bits 8..63 of {@code random}. */
    int sample(long random) {
        return table.sample(random);
    }

    private static EnglishWords load() {
        try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                words.add(line.substring(0, tab));
                counts.add(Long.parseLong(line.substring(tab + 1)));
            }
            return new EnglishWords(words, counts.stream().mapToLong(Long::longValue).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }
}
