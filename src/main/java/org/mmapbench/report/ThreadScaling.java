package org.mmapbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.Percentiles;
import org.mmapbench.stats.Statistic;

/**
 * The thread-scaling table: for each {@code ThreadsBenchmark} method, corpus and strategy of a run, the
 * throughput of all threads together at each thread count, and how it scales against one thread.
 *
 * <p>JMH's average time is per operation of one thread, so N threads together complete
 * {@code N / time} operations per second; bytes per operation are 16 KiB for {@code random16k} and the
 * corpus for {@code scan}. Scaling is {@code N x time(1 thread) / time(N threads)}, the ratio of the
 * medians of fork medians, with a 95% bootstrap interval over forks ({@link Bootstrap#DEFAULT}, key
 * {@code run-id|threads|benchmark-key(1)|benchmark-key(N)}).
 */
public final class ThreadScaling {
    /** The benchmark class measuring thread scaling. */
    public static final String CLASS = "ThreadsBenchmark";
    /** Bytes per operation of the random-read method, named by it: {@code random16k}. */
    static final long RANDOM_BYTES = 16 * 1024;

    /**
     * One line: one method, corpus and strategy at one thread count.
     *
     * @param runId the run
     * @param method {@code random16k} or {@code scan}
     * @param corpus the corpus id
     * @param strategy the way the threads share the file
     * @param threads JMH threads
     * @param forks forks with data
     * @param microsPerOp the median of fork medians of one thread's time per operation, in microseconds
     * @param gbPerSecond bytes of all threads together per second / 1e9 (NaN when the corpus size is unknown)
     * @param scaling throughput against the same cell with one thread (1 for one thread; NaN without it)
     * @param ci 95% interval of {@code scaling}
     */
    public record Row(String runId, String method, String corpus, String strategy, int threads, int forks, double microsPerOp,
            double gbPerSecond, double scaling, Interval ci) {
    }

    private ThreadScaling() {
    }

    /** Every row of every run, grouped by method, corpus and strategy, thread counts ascending. */
    public static List<Row> of(List<RunResults> runs, CorpusSizes sizes) {
        List<Row> rows = new ArrayList<>();
        for (RunResults run : runs) {
            Map<String, TreeMap<Integer, BenchmarkResult>> groups = new LinkedHashMap<>();
            for (BenchmarkResult r : run.results()) {
                if (r.className().equals(CLASS) && r.mode() == BenchMode.AVERAGE_TIME && r.primary().hasRawData()
                        && Units.isTimeUnit(r.primary().unit())) {
                    groups.computeIfAbsent(r.method() + "|" + r.params(), k -> new TreeMap<>()).putIfAbsent(r.threads(), r);
                }
            }
            for (TreeMap<Integer, BenchmarkResult> g : groups.values()) {
                BenchmarkResult one = g.get(1);
                double[] oneForks = one == null ? null : one.primary().forkMedians();
                for (Map.Entry<Integer, BenchmarkResult> e : g.entrySet()) {
                    rows.add(row(run, e.getKey(), e.getValue(), one, oneForks, sizes));
                }
            }
        }
        return rows;
    }

    private static Row row(RunResults run, int threads, BenchmarkResult r, BenchmarkResult one, double[] oneForks, CorpusSizes sizes) {
        String corpus = r.param(ResultRows.CORPUS);
        double[] forks = r.primary().forkMedians();
        double central = Percentiles.median(forks);
        double seconds = Units.secondsPerOp(r.primary().unit(), central);
        long corpusBytes = sizes.bytes(corpus, r.environment());
        long bytesPerOp = r.method().equals("random16k") ? RANDOM_BYTES : corpusBytes;
        double gbPerSecond = bytesPerOp > 0 ? threads * bytesPerOp / seconds / 1e9 : Double.NaN;
        double scaling = Double.NaN;
        Interval ci = Interval.NONE;
        if (one != null) {
            double oneCentral = Percentiles.median(oneForks);
            scaling = threads * oneCentral / central;
            Interval ratio = Bootstrap.DEFAULT.interval(run.runId() + "|" + threads + "|" + one.key() + "|" + r.key(),
                    Statistic.medianRatio(), oneForks, forks);
            ci = ratio.known() ? new Interval(threads * ratio.low(), threads * ratio.high()) : Interval.NONE;
        }
        double micros = seconds * 1e6;
        return new Row(run.runId(), r.method(), corpus == null ? "" : corpus, r.param(StrategyPairs.STRATEGY), threads, forks.length,
                micros, gbPerSecond, scaling, ci);
    }
}
