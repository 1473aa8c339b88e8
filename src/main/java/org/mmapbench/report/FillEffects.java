package org.mmapbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.Percentiles;
import org.mmapbench.stats.Statistic;

/**
 * How much the way the page cache was filled changes a benchmark: within each run, every benchmark
 * measured both {@code cache=warm} (filled by read calls) and {@code cache=warm-mapped} (filled by
 * page faults through a mapping), as the ratio warm-mapped / warm of the medians of fork medians,
 * with the seeded percentile bootstrap ({@link Bootstrap#DEFAULT}) resampling each side's forks.
 * Above 1 means slower after a mapped fill (for time modes).
 */
public final class FillEffects {
    /** The cache state filled by read calls. */
    public static final String WARM = "warm";
    /** The cache state filled through a mapping. */
    public static final String WARM_MAPPED = "warm-mapped";

    private FillEffects() {
    }

    /**
     * One benchmark in both warm states.
     *
     * @param runId the run
     * @param workload the workload, e.g. {@code read}
     * @param variant the variant (method)
     * @param params every parameter but {@code cache}, as {@code name=value} joined with {@code , }
     * @param strategy the strategy
     * @param unit the primary metric's unit
     * @param warm the central value after a read fill
     * @param warmMapped the central value after a mapped fill
     * @param ratio {@code warmMapped / warm}
     * @param ci its 95% interval ({@link Interval#NONE} without raw data on both sides)
     */
    public record Row(String runId, String workload, String variant, String params, String strategy, String unit,
            double warm, double warmMapped, double ratio, Interval ci) {
    }

    /** Every benchmark of every run measured in both warm states, in input order. */
    public static List<Row> of(List<RunResults> runs) {
        List<Row> rows = new ArrayList<>();
        for (RunResults run : runs) {
            Map<String, BenchmarkResult[]> pairs = new LinkedHashMap<>();
            for (BenchmarkResult b : run.results()) {
                String cache = b.param(Speedups.CACHE);
                if (WARM.equals(cache) || WARM_MAPPED.equals(cache)) {
                    pairs.computeIfAbsent(keyWithoutCache(b), k -> new BenchmarkResult[2])[WARM.equals(cache) ? 0 : 1] = b;
                }
            }
            for (BenchmarkResult[] p : pairs.values()) {
                if (p[0] != null && p[1] != null) {
                    rows.add(row(run, p[0], p[1]));
                }
            }
        }
        return rows;
    }

    private static Row row(RunResults run, BenchmarkResult warm, BenchmarkResult mapped) {
        Metric w = warm.primary();
        Metric m = mapped.primary();
        double wc = w.hasRawData() ? Percentiles.median(w.forkMedians()) : w.score();
        double mc = m.hasRawData() ? Percentiles.median(m.forkMedians()) : m.score();
        Interval ci = w.hasRawData() && m.hasRawData()
                ? Bootstrap.DEFAULT.interval(run.runId() + "|" + warm.key() + "|" + mapped.key(), Statistic.medianRatio(),
                        m.forkMedians(), w.forkMedians())
                : Interval.NONE;
        Map<String, String> rest = new TreeMap<>(warm.params());
        rest.remove(Speedups.CACHE);
        String strategy = rest.getOrDefault(StrategyPairs.STRATEGY, "");
        StringBuilder params = new StringBuilder();
        rest.forEach((k, v) -> params.append(params.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return new Row(run.runId(), warm.workload(), warm.method(), params.toString(), strategy, w.unit(),
                wc, mc, mc / wc, ci);
    }

    private static String keyWithoutCache(BenchmarkResult b) {
        Map<String, String> rest = new TreeMap<>(b.params());
        rest.remove(Speedups.CACHE);
        return b.benchmark() + ":" + b.mode().shortName() + rest;
    }
}
