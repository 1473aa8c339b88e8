package org.mmapbench.corpus;

import java.util.Optional;
import java.util.Set;

/**
 * One corpus: its id, kind, exact size in bytes and, for generated corpora, the seed; the SHA-256 it
 * must have (always for public-domain texts, only where a test pins it for generated ones), the
 * profiles it belongs to, and for public-domain texts where it comes from.
 *
 * @param id the corpus id, e.g. {@code don-quixote} or {@code english-64MiB}
 * @param kind what the corpus is made of
 * @param bytes the exact size
 * @param seed the generator seed (0 for public-domain texts)
 * @param sha256 the expected SHA-256 as lower-case hex, when known in advance
 * @param profiles the benchmark profiles ({@code smoke}, {@code quick}, {@code standard}, {@code full}) that use it
 * @param text the Project Gutenberg source of a public-domain corpus, empty for generated ones
 */
public record CorpusSpec(String id, CorpusKind kind, long bytes, long seed, Optional<String> sha256,
                         Set<String> profiles, Optional<GutenbergText> text) {

    /** The seed of generated corpora that do not name one. */
    public static final long DEFAULT_SEED = 42;

    public CorpusSpec {
        profiles = Set.copyOf(profiles);
        if (kind.isGenerated() == text.isPresent()) {
            throw new IllegalArgumentException("corpus " + id + ": a public-domain corpus needs its source, a generated one has none");
        }
    }

    /** A generated corpus that is in no profile and has no pinned hash. */
    public static CorpusSpec generated(CorpusKind kind, long bytes, long seed) {
        return new CorpusSpec(GeneratedIds.idOf(kind, bytes), kind, bytes, seed, Optional.empty(), Set.of(), Optional.empty());
    }

    /** Whether the corpus is generated rather than a public-domain text. */
    public boolean isGenerated() {
        return kind.isGenerated();
    }
}
