package org.mmapbench.run;

import java.util.List;

/**
 * The order in which an interleaved run starts the two builds' forks: balanced blocks
 * (baseline, candidate, candidate, baseline, ...) whose phase also flips from one benchmark to the
 * next, rather than a plain alternation.
 *
 * <p>Why: on the reference machine consecutive fork JVMs alternate between a fast and a slow state
 * (strictly alternating fork medians up to 1.8x apart in one run of one benchmark,
 * {@code docs/measurements/2026-12-02-interleaved-confirmation.md}). A plain A, B, A, B order puts
 * every fork of one build in one phase of that state, so an A/A compare of the whole quick profile
 * failed with rows up to 2x apart. In an A, B, B, A block each build has one fork in each phase; with
 * an even number of forks per build every benchmark is balanced exactly, with an odd number to within
 * one fork (and the flip between benchmarks balances the rest across them). Linear drift cancels the
 * same way.
 */
public final class ForkOrder {

    private ForkOrder() {
    }

    /**
     * The two sides in the order of one round (one fork each).
     *
     * @param sides baseline first, candidate second
     * @param benchmark the benchmark's index in the plan
     * @param round the round, 0 for each benchmark's first forks
     */
    public static <T> List<T> round(List<T> sides, int benchmark, int round) {
        if (sides.size() != 2) {
            throw new IllegalArgumentException("two sides, not " + sides.size());
        }
        return (benchmark + round) % 2 == 0 ? List.copyOf(sides) : List.of(sides.get(1), sides.get(0));
    }

    /** Forks per side for an interleaved run of a profile with {@code profileForks}: rounded up to an even number. */
    public static int balancedForks(int profileForks) {
        return profileForks + profileForks % 2;
    }
}
