package org.mmapbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.HintResults;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.Percentiles;
import org.mmapbench.stats.Statistic;

/**
 * Computes {@link HintRow}s: every hint benchmark's primary row, with its ratio to the control of the
 * same run ({@link HintResults#control}) and its {@code os.read_bytes} per operation.
 *
 * <p>The ratio is of the two central values (medians of fork medians); its 95% interval is the seeded
 * percentile bootstrap ({@link Bootstrap#DEFAULT}) of the same ratio, resampling each side's forks.
 */
public final class HintRows {
    /** The secondary metric of bytes read from the storage device per operation (the OS counters' profiler). */
    public static final String READ_BYTES = "os.read_bytes";

    private HintRows() {
    }

    /** The hint rows of {@code rows} (the report's rows of {@code runs}), in row order. */
    public static List<HintRow> of(List<RunResults> runs, List<ResultRow> rows) {
        List<HintRow> out = new ArrayList<>();
        for (ResultRow row : rows) {
            BenchmarkResult r = row.result();
            if (!row.primary() || !HintResults.isHint(r)) {
                continue;
            }
            RunResults run = runs.stream().filter(x -> x.runId().equals(row.runId()) && x.results().contains(r)).findFirst().orElseThrow();
            Optional<BenchmarkResult> control = HintResults.control(r, run.results());
            double ratio = Double.NaN;
            Interval ci = Interval.NONE;
            if (control.isPresent()) {
                Metric c = control.get().primary();
                ratio = row.central() / central(c);
                if (r.primary().forks().size() >= 2 && c.forks().size() >= 2) {
                    ci = Bootstrap.DEFAULT.interval(run.runId() + "|" + r.key() + "|" + control.get().key(), Statistic.medianRatio(),
                            r.primary().forkMedians(), c.forkMedians());
                }
            }
            Metric readBytes = r.secondary().get(READ_BYTES);
            out.add(new HintRow(run.runId(), r.method(), nz(r.param(ResultRows.CORPUS)), nz(r.param(Speedups.CACHE)),
                    r.param(HintResults.HINT), HintResults.strategy(r), HintResults.call(r), row.unit(), row.central(), row.ci(),
                    ratio, ci, readBytes == null ? Double.NaN : central(readBytes)));
        }
        return out;
    }

    private static double central(Metric m) {
        return m.hasRawData() ? Percentiles.median(m.forkMedians()) : m.score();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
