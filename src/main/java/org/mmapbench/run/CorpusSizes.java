package org.mmapbench.run;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmapbench.util.Sizes;

/**
 * The size of a corpus known from its id alone, for planning before anything is resolved:
 * the five Gutenberg texts by their manifest sizes, generated corpora from their {@code <kind>-<size>} id.
 */
final class CorpusSizes {
    private static final Map<String, Long> GUTENBERG = Map.of(
            "don-quixote", 2_347_853L,
            "pride-and-prejudice", 724_725L,
            "moby-dick", 1_276_201L,
            "war-and-peace", 3_359_542L,
            "don-quijote-es", 2_155_394L);
    private static final Pattern GENERATED = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*-(\\d+[KMGT]iB)");

    private CorpusSizes() {
    }

    /** The size in bytes, or 0 when the id reveals none. */
    static long bytesOf(String id) {
        Long known = GUTENBERG.get(id);
        if (known != null) {
            return known;
        }
        Matcher m = GENERATED.matcher(id);
        return m.matches() ? Sizes.parse(m.group(1), "corpus id") : 0;
    }
}
