package org.mmapbench.report;

import java.util.List;
import org.mmapbench.results.BenchMode;
import org.mmapbench.stats.Crossover;
import org.mmapbench.stats.Interval;

/**
 * One line of {@code crossover.csv}: the file size at which a mapped strategy overtakes a regular one
 * along a size sweep of one workload, cache state and mode of one run.
 *
 * @param runId the run
 * @param environment the run's environment label
 * @param workload e.g. {@code read}
 * @param mode the JMH mode
 * @param cache the cache state (empty when not a parameter)
 * @param corpora the swept corpus family, e.g. {@code english} for {@code english-4KiB} ... {@code english-256MiB}
 * @param pair the role of the regular side: the fair variant's regular reference ({@code "fair"}) or the strongest regular contender ({@code "contender"})
 * @param mappedStrategy the fair variant's mapped strategy
 * @param regular the regular side, e.g. {@code readAllBytes} or {@code windowed pread, 64 KiB}
 * @param sizes the swept sizes in bytes where both sides were measured, ascending
 * @param speedups the speedup (regular time / mapped time; above 1 mapped is faster) at each size
 * @param forks the fewest forks of any cell of the sweep
 * @param estimate the crossover of the central speedups
 * @param ci the 95% bootstrap interval of the overtaking size in natural logs of bytes (bounds may be infinite), or NONE
 * @param method {@code bootstrap-forks}, or why there is no interval
 */
public record CrossoverRow(String runId, String environment, String workload, BenchMode mode, String cache,
        String corpora, String pair, String mappedStrategy, String regular, List<Long> sizes, List<Double> speedups,
        int forks, Crossover estimate, Interval ci, String method) {

    /** Copies the lists. */
    public CrossoverRow {
        sizes = List.copyOf(sizes);
        speedups = List.copyOf(speedups);
    }

    /** The smallest swept size. */
    public long smallest() {
        return sizes.get(0);
    }

    /** The largest swept size. */
    public long largest() {
        return sizes.get(sizes.size() - 1);
    }

    /** The kind of answer for machines: {@code always}, {@code never}, {@code at} or {@code falls-behind}. */
    public String kind() {
        return estimate.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The overtaking size's 95% interval in bytes (0 below the sweep, infinity beyond it), or NONE. */
    public Interval ciBytes() {
        return ci.known() ? ci.exp() : Interval.NONE;
    }

    /**
     * The answer in words, e.g. {@code at 380 KiB (95% CI 250 KiB to 520 KiB)}, {@code never in 4 KiB to
     * 256 MiB} or {@code always in 4 KiB to 256 MiB}.
     */
    public String answer() {
        String range = Numbers.bytes((double) smallest()) + " to " + Numbers.bytes((double) largest());
        String what = switch (estimate.kind()) {
            case ALWAYS -> "always in " + range;
            case NEVER -> "never in " + range;
            case AT -> "at " + Numbers.bytes(estimate.bytes())
                    + (estimate.crossings() > 1 ? ", the last of " + estimate.crossings() + " crossings" : "");
            case FALLS_BEHIND -> "never for good in " + range + ": ahead below " + Numbers.bytes(estimate.bytes())
                    + ", behind above it";
        };
        return what + " (" + interval() + ")";
    }

    private String interval() {
        if (!ci.known()) {
            return "no interval: " + method;
        }
        String low = bound(ci.low());
        String high = bound(ci.high());
        return low.equals(high) ? "95% CI: " + low : "95% CI " + low + " to " + high;
    }

    private String bound(double logBytes) {
        if (logBytes == Double.NEGATIVE_INFINITY) {
            return "below " + Numbers.bytes((double) smallest());
        }
        if (logBytes == Double.POSITIVE_INFINITY) {
            return "beyond " + Numbers.bytes((double) largest());
        }
        return Numbers.bytes(Math.exp(logBytes));
    }
}
