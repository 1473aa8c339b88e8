package org.mmapbench.corpus;

import java.util.List;

/**
 * The benchmark profiles a corpus can belong to (manifest column {@code profiles}).
 *
 * <p>{@code smoke}: seconds, to check the harness; {@code quick}: a few sizes around the page cache's
 * sweet spots; {@code standard}: every public-domain text plus large and non-English generated ones;
 * {@code depth}: the opt-in "why" benchmarks (cost anatomy, kernel hints, ceilings) on the corpora they need; {@code full}: adds
 * the 1 GiB and 4 GiB corpora; {@code writes}: the write variants' and crash trials' text (don-quixote);
 * {@code huge}: the 4 GiB corpus read under a smaller memory limit.
 * Membership is explicit per row, not cumulative.
 */
public final class Profiles {
    /** The profile names, smallest first, then the opt-in ones. */
    public static final List<String> NAMES = List.of("smoke", "quick", "standard", "depth", "full", "writes", "huge");
    /** The pseudo-profile selecting every corpus of the manifest. */
    public static final String ALL = "all";

    private Profiles() {
    }
}
