package org.mmapbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Percentiles;

/**
 * The per-iteration time series of the benchmarks measured from a cold start ({@code cache=cold-start},
 * the {@code huge} profile): every measurement iteration of every fork in order, with its throughput,
 * major faults and device reads per operation ({@link IterationPoint}), and per fork the first iteration
 * beside the median of the later ones ({@link ForkSummary}).
 *
 * <p>A cold-start fork never refills or checks its cache, so its iterations are not repeats of one
 * state: the first pass over a file fills the cache, later ones evict within the memory limit. One
 * average over the iterations would hide that; the series shows it.
 */
public final class TimeSeries {
    /** The cache state whose benchmarks get a time series. */
    public static final String CACHE = "cold-start";
    /** The secondary metric of major page faults per operation (the OS counters' profiler). */
    public static final String MAJOR_FAULTS = "os.faults.major";

    /**
     * One fork of one benchmark: its first measurement iteration beside the median of the others.
     *
     * @param first the first iteration
     * @param iterations how many iterations the fork measured
     * @param laterMbPerSecond the median MB/s of iterations 2 and on (NaN with one iteration)
     * @param laterMajorFaultsPerOp the median major faults per operation of iterations 2 and on
     * @param laterReadBytesPerOp the median device bytes per operation of iterations 2 and on
     */
    public record ForkSummary(IterationPoint first, int iterations, double laterMbPerSecond, double laterMajorFaultsPerOp,
                              double laterReadBytesPerOp) {
        /** Later throughput / first throughput: below 1 when later passes are slower. */
        public double laterOverFirst() {
            return laterMbPerSecond / first.mbPerSecond();
        }
    }

    private TimeSeries() {
    }

    /** Every iteration of every cold-start benchmark among {@code rows} (the report's rows), in row, fork and iteration order. */
    public static List<IterationPoint> of(List<ResultRow> rows) {
        List<IterationPoint> out = new ArrayList<>();
        for (ResultRow row : rows) {
            BenchmarkResult r = row.result();
            if (!row.primary() || !CACHE.equals(r.param(Speedups.CACHE)) || !Units.isTimeUnit(row.unit())) {
                continue;
            }
            List<ForkSamples> forks = r.primary().forks();
            List<ForkSamples> faults = aligned(r.secondary().get(MAJOR_FAULTS), forks);
            List<ForkSamples> reads = aligned(r.secondary().get(HintRows.READ_BYTES), forks);
            String strategy = r.param(StrategyPairs.STRATEGY);
            for (int f = 0; f < forks.size(); f++) {
                double[] times = forks.get(f).values();
                for (int i = 0; i < times.length; i++) {
                    double seconds = Units.secondsPerOp(row.unit(), times[i]);
                    double mbps = row.corpusBytes() > 0 && seconds > 0 ? row.corpusBytes() / seconds / 1e6 : Double.NaN;
                    out.add(new IterationPoint(row.runId(), r.workload(), r.method(), strategy == null ? "" : strategy, Ceilings.params(r), f + 1, i + 1,
                            seconds, mbps, value(faults, f, i), value(reads, f, i)));
                }
            }
        }
        return out;
    }

    /** Per fork of each benchmark in {@code points}: the first iteration beside the median of the later ones. */
    public static List<ForkSummary> summaries(List<IterationPoint> points) {
        Map<String, List<IterationPoint>> byFork = new LinkedHashMap<>();
        for (IterationPoint p : points) {
            byFork.computeIfAbsent(p.runId() + "|" + p.cell() + "|" + p.params() + "|" + p.fork(), k -> new ArrayList<>()).add(p);
        }
        List<ForkSummary> out = new ArrayList<>();
        for (List<IterationPoint> fork : byFork.values()) {
            List<IterationPoint> later = fork.subList(1, fork.size());
            out.add(new ForkSummary(fork.get(0), fork.size(), median(later, IterationPoint::mbPerSecond),
                    median(later, IterationPoint::majorFaultsPerOp), median(later, IterationPoint::readBytesPerOp)));
        }
        return out;
    }

    /**
     * One line per run of {@code runs} that has points: the memory cgroup its forks ran in, as its
     * {@code environment.json} recorded it (limit, peak charge, the cgroup's events), or that it recorded none.
     */
    public static List<String> limits(List<RunResults> runs, List<IterationPoint> points) {
        List<String> out = new ArrayList<>();
        for (RunResults run : runs) {
            if (points.stream().noneMatch(p -> p.runId().equals(run.runId()))) {
                continue;
            }
            EnvironmentInfo env = run.environment();
            String limit = env.get("fork.memory_limit_bytes");
            out.add(limit == null ? "run " + run.runId() + ": no memory limit recorded (the forks ran without a cgroup)"
                    : "run " + run.runId() + ": every fork in memory cgroup " + env.get("fork.cgroup") + " (cgroup " + env.get("fork.cgroup.version")
                            + "), limit " + limit + " bytes, peak charge " + env.get("fork.cgroup.peak_bytes") + " bytes, events: "
                            + env.get("fork.cgroup.events"));
        }
        return out;
    }

    /** The series' distinct workloads, in first-seen order. */
    public static List<String> workloads(List<IterationPoint> points) {
        return points.stream().map(IterationPoint::workload).distinct().toList();
    }

    private static double median(List<IterationPoint> points, java.util.function.ToDoubleFunction<IterationPoint> f) {
        double[] v = points.stream().mapToDouble(f).filter(Double::isFinite).toArray();
        return v.length == 0 ? Double.NaN : Percentiles.median(v);
    }

    /** A secondary metric's forks when they match the primary's fork for fork and iteration for iteration, else none. */
    private static List<ForkSamples> aligned(Metric m, List<ForkSamples> primary) {
        if (m == null || m.forks().size() != primary.size()) {
            return List.of();
        }
        for (int f = 0; f < primary.size(); f++) {
            if (m.forks().get(f).values().length != primary.get(f).values().length) {
                return List.of();
            }
        }
        return m.forks();
    }

    private static double value(List<ForkSamples> forks, int fork, int iteration) {
        return forks.isEmpty() ? Double.NaN : forks.get(fork).values()[iteration];
    }
}
