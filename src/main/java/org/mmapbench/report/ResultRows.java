package org.mmapbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.SteadyState;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.Percentiles;
import org.mmapbench.stats.Statistic;

/**
 * Computes {@link ResultRow}s from the results model.
 *
 * <p>The central value is the median of fork medians. The 95% interval ({@code ciMethod}):
 * {@code bootstrap-forks} is the seeded percentile bootstrap ({@link Bootstrap#DEFAULT}) of that same
 * median (two or more forks with raw data); {@code jmh-t95} rescales JMH's 99.9%
 * Student-t half-width to 95% around JMH's score, with n = all observations (one fork, or raw data
 * off, where n = forks x iterations), cut at zero for non-negative scores (no metric JMH reports can
 * be negative); empty when neither is possible.
 */
public final class ResultRows {
    /** The secondary metric holding allocated bytes per operation ({@code -prof gc}). */
    public static final String ALLOC_NORM = "gc.alloc.rate.norm";
    /** The parameter naming the corpus. */
    public static final String CORPUS = "corpus";

    private ResultRows() {
    }

    /**
     * Every metric of every benchmark of every run, in input order (primary first, then secondaries by
     * name). Rows are computed in parallel (each interval is seeded by its own key, so the result is the
     * same on any number of threads): the bootstraps are most of a large report's work.
     */
    public static List<ResultRow> of(List<RunResults> runs, CorpusSizes sizes) {
        record Task(RunResults run, BenchmarkResult result, Metric metric) {
        }
        List<Task> tasks = new ArrayList<>();
        for (RunResults run : runs) {
            for (BenchmarkResult r : run.results()) {
                tasks.add(new Task(run, r, r.primary()));
                for (Map.Entry<String, Metric> e : r.secondary().entrySet()) {
                    tasks.add(new Task(run, r, e.getValue()));
                }
            }
        }
        return tasks.parallelStream().map(t -> row(t.run(), t.result(), t.metric(), sizes)).toList();
    }

    /** The primary metric's row of every benchmark of every run, in input order: {@link #of} without the secondaries. */
    public static List<ResultRow> primary(List<RunResults> runs, CorpusSizes sizes) {
        List<ResultRow> rows = new ArrayList<>();
        for (RunResults run : runs) {
            for (BenchmarkResult r : run.results()) {
                rows.add(row(run, r, r.primary(), sizes));
            }
        }
        return rows;
    }

    static ResultRow row(RunResults run, BenchmarkResult r, Metric m, CorpusSizes sizes) {
        boolean raw = m.hasRawData();
        double[] forkMedians = m.forkMedians();
        long samples = -1;
        double mean = Double.NaN;
        if (raw) {
            samples = 0;
            double sum = 0;
            for (ForkSamples f : m.forks()) {
                samples += f.count();
                sum += f.mean() * f.count();
            }
            mean = sum / samples;
        }
        double median = raw ? Percentiles.median(forkMedians) : Double.NaN;
        int forks = raw ? m.forks().size() : r.forks();
        Interval ci;
        String method;
        if (raw && forkMedians.length >= 2) {
            ci = Bootstrap.DEFAULT.interval(run.runId() + "|" + r.key() + "|" + m.name(), Statistic.median(), forkMedians);
            method = "bootstrap-forks";
        } else {
            long n = raw ? samples : (long) r.forks() * r.measurementIterations();
            if (r.mode() == BenchMode.SAMPLE_TIME && !raw) {
                n = Long.MAX_VALUE; // JMH pooled every sample; the count is unknown but large
            }
            double half = rescaleTo95(m.scoreError(), n);
            // A time or a rate is never negative: a symmetric interval that reaches below zero stops at zero.
            double low = m.score() >= 0 ? Math.max(0, m.score() - half) : m.score() - half;
            ci = Double.isNaN(half) ? Interval.NONE : new Interval(low, m.score() + half);
            method = Double.isNaN(half) ? "" : "jmh-t95";
        }
        long bytes = sizes.bytes(r.param(CORPUS), r.environment());
        boolean primary = Metric.PRIMARY.equals(m.name());
        double central = raw ? median : m.score();
        double gbps = Double.NaN;
        double alloc = Double.NaN;
        if (primary) {
            if (bytes > 0) {
                double s = Units.secondsPerOp(m.unit(), central);
                gbps = s > 0 ? bytes / s / 1e9 : Double.NaN;
            }
            Metric a = r.secondary().get(ALLOC_NORM);
            if (a != null) {
                alloc = a.hasRawData() ? Percentiles.median(a.forkMedians()) : a.score();
            }
        }
        return new ResultRow(run.runId(), r.environment().label(), r, r.workload(),
                m.name(), m.unit(), forks, r.measurementIterations(), samples, median, mean, m.score(), m.scoreError(),
                ci, method, bytes, gbps, alloc, primary ? SteadyState.unsteadyForks(m, r.mode()) : null);
    }

    /** JMH's 99.9% half-width rescaled to a 95% half-width for n observations; NaN when unknown. */
    static double rescaleTo95(double error999, long n) {
        if (Double.isNaN(error999) || Double.isInfinite(error999) || n < 2) {
            return Double.NaN;
        }
        if (n > 1_000_000) {
            return error999 * 1.959963984540054 / 3.2905267314918945;
        }
        TDistribution t = TDistribution.of((double) (n - 1));
        return error999 * t.inverseCumulativeProbability(0.975) / t.inverseCumulativeProbability(0.9995);
    }
}
