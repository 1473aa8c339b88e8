package org.mmapbench.report;

import java.util.List;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.stats.Interval;

/**
 * One line of {@code results.csv}: one metric of one benchmark (name x mode x params) of one run,
 * with the statistics every report output shows.
 *
 * @param runId the run it came from
 * @param environment the run's environment label
 * @param result the benchmark
 * @param workload the workload ({@code find}, or the lower-cased class name of a foreign benchmark)
 * @param metric {@code primary} or the secondary metric's name
 * @param unit the metric's unit
 * @param forks forks with data (JMH's fork count when raw data is off)
 * @param iterations measurement iterations per fork (JMH's setting)
 * @param samples observations over all forks (-1 when raw data is off)
 * @param median median of the fork medians (NaN when raw data is off)
 * @param mean mean of all observations (NaN when raw data is off)
 * @param score JMH's score
 * @param error JMH's 99.9% half-width
 * @param ci the 95% interval of the central value
 * @param ciMethod how {@code ci} was computed (see {@link ResultRows})
 * @param corpusBytes the corpus size (-1 when unknown or not a corpus benchmark)
 * @param gbPerSecond corpus bytes / time per operation / 1e9 (NaN when not meaningful)
 * @param allocBytesPerOp the central value of {@code gc.alloc.rate.norm} (primary rows only, else NaN)
 * @param unsteadyForks 1-based numbers of the forks the steady-state rule flags
 *        ({@link org.mmapbench.results.SteadyState}); primary rows with raw data in time order only, else null
 */
public record ResultRow(String runId, String environment, BenchmarkResult result, String workload, String metric,
        String unit, int forks, int iterations, long samples, double median, double mean, double score,
        double error, Interval ci, String ciMethod, long corpusBytes, double gbPerSecond,
        double allocBytesPerOp, List<Integer> unsteadyForks) {

    /** Copies the fork list (null stays null: not checked). */
    public ResultRow {
        unsteadyForks = unsteadyForks == null ? null : List.copyOf(unsteadyForks);
    }

    /** The unsteady forks for tables: {@code -} (not checked), {@code none}, or e.g. {@code 2, 4 of 5}. */
    public String unsteadyLabel() {
        if (unsteadyForks == null) {
            return "-";
        }
        if (unsteadyForks.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        unsteadyForks.forEach(f -> sb.append(sb.isEmpty() ? "" : ", ").append(f));
        return sb.append(" of ").append(forks).toString();
    }

    /** Whether the steady-state rule flagged at least one fork. */
    public boolean unsteady() {
        return unsteadyForks != null && !unsteadyForks.isEmpty();
    }

    /** The central value reports show: the median of fork medians, or JMH's score without raw data. */
    public double central() {
        return Double.isNaN(median) ? score : median;
    }

    /** Whether only JMH's score and error are known (raw data off): a lower-confidence row. */
    public boolean lowerConfidence() {
        return samples < 0;
    }

    /** Whether this is the primary metric's row. */
    public boolean primary() {
        return "primary".equals(metric);
    }
}
