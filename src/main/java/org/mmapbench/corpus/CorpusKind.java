package org.mmapbench.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mmapbench.util.EnumIds;
import org.mmapbench.util.UserInputException;

/** What a corpus is made of: a public-domain text, or one of the generated kinds. */
public enum CorpusKind {
    /** A Project Gutenberg text, resolved from the cache, a mirror or its download URL and checked by SHA-256. */
    PUBLIC_DOMAIN("public-domain"),
    /** Generated English-like prose: real words at their natural frequencies, sentences, paragraphs, 72-column lines. */
    ENGLISH("english"),
    /** Generated prose mixing English with accented Latin, Cyrillic, CJK and 4-byte UTF-8 words; always valid UTF-8. */
    UTF8_MIXED("utf8-mixed"),
    /** Generated timestamped application log lines, strictly increasing in time. */
    LOG("log"),
    /** Generated uniformly random bytes (not text: no line structure, no valid encoding). */
    RANDOM_BYTES("random-bytes");

    private final String id;

    CorpusKind(String id) {
        this.id = id;
    }

    /** The kind as written in the manifest and on the command line, e.g. {@code utf8-mixed}. */
    public String id() {
        return id;
    }

    /** Whether corpora of this kind are generated rather than downloaded. */
    public boolean isGenerated() {
        return this != PUBLIC_DOMAIN;
    }

    /** The generated kinds, in declaration order. */
    public static List<CorpusKind> generatedKinds() {
        return Arrays.stream(values()).filter(CorpusKind::isGenerated).toList();
    }

    /** The kind written as {@code text}, or {@code null} when there is none. */
    static CorpusKind find(String text) {
        return EnumIds.find(CorpusKind.class, CorpusKind::id, text).orElse(null);
    }

    /**
     * Parses a generated kind; {@code what} names the argument in the error message.
     *
     * @throws UserInputException naming the text and the valid kinds
     */
    public static CorpusKind parseGenerated(String text, String what) {
        CorpusKind k = find(text);
        if (k == null || !k.isGenerated()) {
            throw new UserInputException(what + ": '" + text + "' is not a generated corpus kind (valid: "
                    + generatedKinds().stream().map(CorpusKind::id).collect(Collectors.joining(", ")) + ")");
        }
        return k;
    }

    @Override
    public String toString() {
        return id;
    }
}
