package org.mmapbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.Percentiles;
import org.mmapbench.stats.Statistic;

/**
 * Computes mapped-vs-regular speedups with {@link StrategyPairs}, within each run (never across runs
 * or environments).
 *
 * <p>The ratio is of the two central values (medians of fork medians; JMH scores when raw data is
 * off); the 95% interval is the seeded percentile bootstrap ({@link Bootstrap#DEFAULT}) of the same
 * ratio of medians, resampling each side's forks.
 */
public final class Speedups {
    /** The parameter naming the cache state. */
    public static final String CACHE = "cache";

    private Speedups() {
    }

    /** Every pair of every run, in input order; computed in parallel (each interval is seeded by its own key). */
    public static List<SpeedupRow> of(List<RunResults> runs, CorpusSizes sizes) {
        record Task(RunResults run, StrategyPairs.Pair pair) {
        }
        List<Task> tasks = new ArrayList<>();
        for (RunResults run : runs) {
            for (StrategyPairs.Pair p : StrategyPairs.pair(run.results())) {
                tasks.add(new Task(run, p));
            }
        }
        return tasks.parallelStream().map(t -> row(t.run(), t.pair(), sizes)).toList();
    }

    static SpeedupRow row(RunResults run, StrategyPairs.Pair p, CorpusSizes sizes) {
        BenchmarkResult reg = p.regular();
        BenchmarkResult map = p.mapped();
        Metric rm = reg.primary();
        Metric mm = map.primary();
        boolean raw = rm.hasRawData() && mm.hasRawData();
        double rc = rm.hasRawData() ? Percentiles.median(rm.forkMedians()) : rm.score();
        double mc = mm.hasRawData() ? Percentiles.median(mm.forkMedians()) : mm.score();
        double ratio = StrategyPairs.speedup(map.mode(), rc, mc);
        String key = run.runId() + "|" + reg.key() + "|" + map.key();
        Interval ci = !raw ? Interval.NONE
                : map.mode().higherIsBetter()
                ? Bootstrap.DEFAULT.interval(key, Statistic.medianRatio(), mm.forkMedians(), rm.forkMedians())
                : Bootstrap.DEFAULT.interval(key, Statistic.medianRatio(), rm.forkMedians(), mm.forkMedians());
        String method = ci.known() ? "bootstrap-forks" : "scores-only";
        Map<String, String> rest = new TreeMap<>(map.params());
        rest.remove(StrategyPairs.STRATEGY);
        String corpus = rest.remove(ResultRows.CORPUS);
        String cache = rest.remove(CACHE);
        StringJoiner other = new StringJoiner(";");
        rest.forEach((k, v) -> other.add(k + "=" + v));
        return new SpeedupRow(run.runId(), map.environment().label(), p.workload(), p.variant(), map.mode(),
                corpus == null ? "" : corpus, sizes.bytes(corpus, map.environment()), cache == null ? "" : cache,
                other.toString(), reg.param(StrategyPairs.STRATEGY), map.param(StrategyPairs.STRATEGY), mm.unit(),
                rc, mc, ratio, ci, method);
    }
}
