package org.mmapbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.Metric;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.Statistic;

/**
 * The write workloads' two tables, from the report's rows: the durability 2 x 2 (every write method of
 * patch and replace, the {@code durability} method's {@code durability=none} beside {@code durability=synced})
 * and the write modes (a {@code READ_WRITE} mapping, the mapped cells of {@code durability=none}, beside a
 * {@code PRIVATE} one, {@code copyOnWrite}). Results from before the {@code durability} parameter (methods
 * {@code unsynced} and {@code synced}) arrive here under the new name and parameter, as the results reader
 * reads them.
 *
 * <p>Each side shows the central time per operation with its 95% interval, and the per-operation
 * counters {@value #WRITE_BYTES} (bytes that reached storage) and {@value #SYSCW} (write system calls)
 * when the run measured them (JMH secondary metrics); NaN when it did not. The ratio of the two
 * sides' medians has a seeded percentile bootstrap interval over forks, as {@link FillEffects}.
 */
public final class WriteTables {
    /** The secondary metric of bytes written to storage per operation. */
    public static final String WRITE_BYTES = "os.write_bytes";
    /** The secondary metric of write system calls per operation. */
    public static final String SYSCW = "os.syscw";
    /** The benchmark method (variant) of the durability 2 x 2, and the name of its parameter. */
    public static final String DURABILITY = "durability";
    /** The {@value #DURABILITY} parameter's value without a sync. */
    public static final String NONE = "none";
    /** The {@value #DURABILITY} parameter's value with the sync each write method needs to be durable. */
    public static final String SYNCED = "synced";
    /** The benchmark method (variant) of writes through a PRIVATE mapping. */
    public static final String COPY_ON_WRITE = "copyOnWrite";
    /** The workloads that have the write variants. */
    public static final List<String> WORKLOADS = List.of("patch", "replace");
    /** What a table cell says for a counter or a side the run did not measure. */
    public static final String NOT_MEASURED = "not measured";

    private WriteTables() {
    }

    /**
     * One benchmark's side of a comparison.
     *
     * @param time the central time per operation (median of fork medians, or JMH's score)
     * @param ci its 95% interval
     * @param writeBytes the central {@code os.write_bytes}, NaN when not measured
     * @param syscw the central {@code os.syscw}, NaN when not measured
     */
    public record Side(double time, Interval ci, double writeBytes, double syscw) {
        /** A side's time with its unit for people, or {@value WriteTables#NOT_MEASURED} for a missing side. */
        public static String time(Side s, String unit) {
            return s == null ? NOT_MEASURED : Numbers.human(s.time()) + " " + unit;
        }

        /** A side's {@code os.write_bytes} (or {@code os.syscw}) per operation for people, or {@value WriteTables#NOT_MEASURED}. */
        public static String counter(Side s, boolean writeBytes) {
            double v = s == null ? Double.NaN : writeBytes ? s.writeBytes() : s.syscw();
            return Double.isNaN(v) ? NOT_MEASURED : Numbers.human(v);
        }
    }

    /**
     * Two benchmarks of one write method that differ in one thing (durability, or write mode).
     *
     * @param runId the run
     * @param workload {@code patch} or {@code replace}
     * @param method the strategy id: a mapped or positional strategy, {@code tempMove} or {@code copyBack}
     * @param params every parameter but the strategy and the durability, as {@code name=value} joined with {@code ;}
     * @param mode the JMH mode's short name
     * @param unit the primary metric's unit
     * @param first the first side (none; READ_WRITE), or null when not measured
     * @param second the second side (synced; PRIVATE), or null when not measured
     * @param ratio second / first of the central times, NaN unless both were measured
     * @param ci the ratio's 95% interval ({@link Interval#NONE} without raw data from two forks on both sides)
     */
    public record Row(String runId, String workload, String method, String params, String mode, String unit,
            Side first, Side second, double ratio, Interval ci) {
        /** The ratio for people ({@code 1.23x}), or {@code -} unless both sides were measured. */
        public String ratioLabel() {
            return Double.isNaN(ratio) ? "-" : Numbers.human(ratio) + "x";
        }

        /** The ratio's interval for people, or {@code no interval}. */
        public String ciLabel() {
            return ci.known() ? Numbers.human(ci.low()) + " to " + Numbers.human(ci.high()) : "no interval";
        }
    }

    /** The durability 2 x 2: per run, workload, parameters and write method, none (first) beside synced (second). */
    public static List<Row> durability(ReportData data) {
        return pairs(data, b -> b.method().equals(DURABILITY) ? sideOf(b.param(DURABILITY), SYNCED) : -1, false);
    }

    /** The write modes: per run, workload, parameters and mapped strategy, READ_WRITE (none, first) beside PRIVATE (copyOnWrite, second). */
    public static List<Row> writeModes(ReportData data) {
        return pairs(data, b -> b.method().equals(DURABILITY) ? sideOf(b.param(DURABILITY), null)
                : b.method().equals(COPY_ON_WRITE) ? 1 : -1, true);
    }

    /** 0 for {@value #NONE}, 1 for {@code second} (when not null), -1 for anything else. */
    private static int sideOf(String durability, String second) {
        return NONE.equals(durability) ? 0 : durability != null && durability.equals(second) ? 1 : -1;
    }

    private static List<Row> pairs(ReportData data, ToIntFunction<BenchmarkResult> sideOf, boolean mappedOnly) {
        Map<String, ResultRow[]> sides = new LinkedHashMap<>();
        Map<String, Map<String, ResultRow>> secondaries = new LinkedHashMap<>();
        for (ResultRow r : data.rows()) {
            BenchmarkResult b = r.result();
            int side = WORKLOADS.contains(b.workload()) ? sideOf.applyAsInt(b) : -1;
            if (side < 0) {
                continue;
            }
            String strategy = b.param(StrategyPairs.STRATEGY);
            if (strategy == null || (mappedOnly && !StrategyPairs.isMapped(strategy))) {
                continue;
            }
            String id = r.runId() + "|" + b.key();
            if (r.primary()) {
                sides.computeIfAbsent(r.runId() + "|" + b.workload() + "|" + b.mode().shortName() + "|" + strategy + "|" + params(b),
                        k -> new ResultRow[2])[side] = r;
            } else {
                secondaries.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(r.metric(), r);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ResultRow[] p : sides.values()) {
            ResultRow any = p[0] != null ? p[0] : p[1];
            BenchmarkResult b = any.result();
            Side a = side(p[0], secondaries);
            Side c = side(p[1], secondaries);
            double ratio = a != null && c != null ? c.time() / a.time() : Double.NaN;
            rows.add(new Row(any.runId(), b.workload(), b.param(StrategyPairs.STRATEGY), params(b), b.mode().shortName(),
                    any.unit(), a, c, ratio, ratioInterval(any.runId(), p)));
        }
        return rows;
    }

    private static Side side(ResultRow r, Map<String, Map<String, ResultRow>> secondaries) {
        if (r == null) {
            return null;
        }
        Map<String, ResultRow> more = secondaries.getOrDefault(r.runId() + "|" + r.result().key(), Map.of());
        return new Side(r.central(), r.ci(), central(more.get(WRITE_BYTES)), central(more.get(SYSCW)));
    }

    private static double central(ResultRow r) {
        return r == null ? Double.NaN : r.central();
    }

    private static Interval ratioInterval(String runId, ResultRow[] p) {
        if (p[0] == null || p[1] == null) {
            return Interval.NONE;
        }
        Metric a = p[0].result().primary();
        Metric b = p[1].result().primary();
        if (!a.hasRawData() || !b.hasRawData() || a.forkMedians().length < 2 || b.forkMedians().length < 2) {
            return Interval.NONE;
        }
        return Bootstrap.DEFAULT.interval(runId + "|" + p[1].result().key() + "|" + p[0].result().key(), Statistic.medianRatio(),
                b.forkMedians(), a.forkMedians());
    }

    private static String params(BenchmarkResult b) {
        Map<String, String> rest = new TreeMap<>(b.params());
        rest.remove(StrategyPairs.STRATEGY);
        rest.remove(DURABILITY);
        StringBuilder sb = new StringBuilder();
        rest.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }
}
