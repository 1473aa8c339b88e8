package org.mmapbench.results;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmapbench.util.Sizes;
import org.mmapbench.util.UserInputException;

/**
 * The size in bytes of a corpus named by a benchmark's {@code corpus} parameter.
 *
 * <p>Looked up, in order: the environment property {@code corpus.<id>.bytes}; the size part of a
 * generated id {@code <kind>-<size>} in exact binary units ({@code english-64MiB}); the five
 * Project Gutenberg texts of the shared dataset manifest, whose sizes are pinned by their SHA-256.
 * Unknown ids have no size (-1), and reports then leave size-derived columns blank.
 */
public final class CorpusSizes {
    /** The pinned sizes of the Gutenberg corpora, from {@code datasets/gutenberg/MANIFEST.csv}. */
    static final Map<String, Long> GUTENBERG = Map.of(
            "don-quixote", 2_347_853L,
            "pride-and-prejudice", 724_725L,
            "moby-dick", 1_276_201L,
            "war-and-peace", 3_359_542L,
            "don-quijote-es", 2_155_394L);
    private static final Pattern GENERATED = Pattern.compile("[a-z0-9-]+-(\\d+(?:[KMGT]iB|B)?)");

    private CorpusSizes() {
    }

    /** The corpus size in bytes, or -1 when unknown (also for a null id). */
    public static long bytes(String corpusId, EnvironmentInfo env) {
        if (corpusId == null || corpusId.isBlank()) {
            return -1;
        }
        String fromEnv = env == null ? null : env.get("corpus." + corpusId + ".bytes");
        if (fromEnv != null) {
            try {
                return Long.parseLong(fromEnv.trim());
            } catch (NumberFormatException e) {
                // fall through to the id
            }
        }
        Matcher m = GENERATED.matcher(corpusId);
        if (m.matches()) {
            try {
                return Sizes.parse(m.group(1), "corpus");
            } catch (UserInputException e) {
                return -1;
            }
        }
        return GUTENBERG.getOrDefault(corpusId, -1L);
    }
}
