package org.mmapbench.corpus;

import java.util.List;

/**
 * The benchmark profiles a corpus can belong to (manifest column {@code profiles}).
 *
 * <p>{@code smoke}: seconds, to check the harness; {@code quick}: a few sizes around the page cache's
 * sweet spots; {@code standard}: every public-domain text plus large and non-English generated ones;
 * {@code depth}: the opt-in measurements beyond standard (the crossover size sweep); {@code full}: adds the
 * 1 GiB and 4 GiB corpora. Membership is explicit per row, not cumulative.
 */
public final class Profiles {
    /** The profile names, smallest first. */
    public static final List<String> NAMES = List.of("smoke", "quick", "standard", "depth", "full");
    /** The pseudo-profile selecting every corpus of the manifest. */
    public static final String ALL = "all";

    private Profiles() {
    }
}
