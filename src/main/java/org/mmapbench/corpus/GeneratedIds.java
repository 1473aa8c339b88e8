package org.mmapbench.corpus;

import java.util.Optional;
import org.mmapbench.util.Sizes;
import org.mmapbench.util.UserInputException;

/**
 * Ids of generated corpora, {@code <kind>-<size>} with the size in its exact binary unit
 * ({@code english-4KiB}, {@code log-64MiB}, {@code english-4GiB}, {@code random-bytes-1000}).
 */
public final class GeneratedIds {
    private GeneratedIds() {
    }

    /** The canonical id of a generated corpus, e.g. {@code english-64MiB}. */
    public static String idOf(CorpusKind kind, long bytes) {
        return kind.id() + "-" + Sizes.formatExact(bytes);
    }

    /** The size of generated corpus {@code id}, or -1 when {@code id} is not a well-formed generated id. */
    public static long bytesOf(String id) {
        try {
            return parse(id).map(CorpusSpec::bytes).orElse(-1L);
        } catch (UserInputException e) {
            return -1;
        }
    }

    /**
     * Parses {@code id} as a generated corpus with the default seed.
     *
     * @return empty when {@code id} does not start with a generated kind
     * @throws UserInputException when the kind is known but the size is malformed, zero or not written canonically
     */
    public static Optional<CorpusSpec> parse(String id) {
        for (CorpusKind kind : CorpusKind.generatedKinds()) {
            String prefix = kind.id() + "-";
            if (!id.startsWith(prefix)) {
                continue;
            }
            long bytes = Sizes.parse(id.substring(prefix.length()), "corpus id '" + id + "'");
            if (bytes < 1) {
                throw new UserInputException("corpus id '" + id + "': the size must be at least 1 byte");
            }
            if (bytes > CorpusGenerator.MAX_SIZE) {
                throw new UserInputException("corpus id '" + id + "': the size is larger than the "
                        + Sizes.formatExact(CorpusGenerator.MAX_SIZE) + " that can be generated");
            }
            String canonical = idOf(kind, bytes);
            if (!canonical.equals(id)) {
                throw new UserInputException("corpus id '" + id + "' is not written canonically: use '" + canonical + "'");
            }
            return Optional.of(CorpusSpec.generated(kind, bytes, CorpusSpec.DEFAULT_SEED));
        }
        return Optional.empty();
    }
}
