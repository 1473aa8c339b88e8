package org.mmapbench.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mmapbench.workload.HintCells;

/**
 * The results of the hint benchmarks (those with a {@code hint} parameter): which strategy gave each
 * hint, with which call, and which result of the same run is its control (the same benchmark and
 * parameters with the strategy's hint that changes nothing).
 *
 * <p>A hint this build does not know (from another version's JSON) has strategy and call {@code ?}
 * and no control.
 */
public final class HintResults {
    /** The parameter naming the hint. */
    public static final String HINT = "hint";

    private HintResults() {
    }

    /** Whether {@code r} is a hint benchmark's result. */
    public static boolean isHint(BenchmarkResult r) {
        return r.param(HINT) != null;
    }

    /** The strategy that gave {@code r}'s hint ({@code mappedSegment}, {@code mappedBuffer}, {@code pread}), or {@code ?}. */
    public static String strategy(BenchmarkResult r) {
        return known(r) ? HintCells.strategyOf(r.param(HINT)) : "?";
    }

    /** The call that gave {@code r}'s hint, e.g. {@code madvise(MADV_RANDOM)}, or {@code ?}. */
    public static String call(BenchmarkResult r) {
        return known(r) ? HintCells.callOf(r.param(HINT)) : "?";
    }

    /** Whether {@code r}'s hint was given to a mapping (else to a file descriptor that is read from). */
    public static boolean mapped(BenchmarkResult r) {
        return StrategyPairs.isMapped(strategy(r));
    }

    /**
     * The control of {@code r} among {@code results}: the result with the same benchmark, mode and
     * parameters but the hint that changes nothing for its strategy; empty when absent or unknown.
     */
    public static Optional<BenchmarkResult> control(BenchmarkResult r, List<BenchmarkResult> results) {
        if (!isHint(r) || !known(r)) {
            return Optional.empty();
        }
        Map<String, String> wanted = new TreeMap<>(r.params());
        wanted.put(HINT, HintCells.controlOf(r.param(HINT)));
        return results.stream().filter(o -> o.benchmark().equals(r.benchmark()) && o.mode() == r.mode()
                && o.params().equals(wanted)).findFirst();
    }

    private static boolean known(BenchmarkResult r) {
        try {
            HintCells.strategyOf(r.param(HINT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
