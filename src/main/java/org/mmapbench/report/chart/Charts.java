package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.mmapbench.report.CrossoverRow;
import org.mmapbench.report.Numbers;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.ResultRow;
import org.mmapbench.report.ResultRows;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.report.Units;
import org.mmapbench.results.Metric;
import org.mmapbench.results.StrategyPairs;

/**
 * Builds every chart of a report from {@link ReportData}: per-workload bars (one group per corpus
 * and cache state, one bar per variant and strategy, coloured by strategy, with the 95% interval drawn
 * from its low to its high bound and every fork median as a dot), the speedup overview (ratio per
 * comparison from a line at 1.0), throughput against file size (log-log, intervals, crossovers
 * and their 95% intervals marked) and allocation per operation.
 */
public final class Charts {

    /** Above this many comparisons the speedup overview is split into one chart per workload, to stay readable. */
    public static final int MAX_OVERVIEW_COMPARISONS = 40;

    private Charts() {
    }

    /** Every chart, in the order the report shows them. */
    public static List<NamedChart> all(ReportData data, ChartOptions options) {
        List<NamedChart> charts = new ArrayList<>();
        boolean perWorkload = data.speedups().size() > MAX_OVERVIEW_COMPARISONS;
        NamedChart overview = perWorkload ? null : speedupOverview(data, data.speedups(), "speedup", "", options);
        if (overview != null) {
            charts.add(overview);
        }
        for (String workload : data.workloads()) {
            if (perWorkload) {
                List<SpeedupRow> mine = data.speedups().stream().filter(s -> s.workload().equals(workload)).toList();
                NamedChart c = mine.isEmpty() ? null : speedupOverview(data, mine, "speedup-" + safe(workload), workload, options);
                if (c != null) {
                    charts.add(c);
                }
            }
            charts.addAll(workloadBars(data, workload, options));
            charts.addAll(sizeCharts(data, workload, options));
            NamedChart alloc = allocation(data, workload, options);
            if (alloc != null) {
                charts.add(alloc);
            }
        }
        return charts;
    }

    /** A file-name-safe form of a label. */
    static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+", "-");
        return t.isEmpty() ? "x" : t;
    }

    /** The bar label of a row: variant, strategy and parameters other than corpus and cache. */
    static String category(ResultRow r) {
        StringBuilder sb = new StringBuilder(r.result().method());
        String strategy = r.result().param(StrategyPairs.STRATEGY);
        if (strategy != null) {
            sb.append(' ').append(strategy);
        }
        for (Map.Entry<String, String> e : r.result().params().entrySet()) {
            if (!e.getKey().equals("corpus") && !e.getKey().equals("cache") && !e.getKey().equals(StrategyPairs.STRATEGY)) {
                sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return sb.toString();
    }

    /** The series label of a row: corpus, cache state and (with several environments) the environment. */
    static String series(ResultRow r, boolean withEnvironment) {
        List<String> parts = new ArrayList<>();
        String corpus = r.result().param("corpus");
        parts.add(corpus == null ? "all" : corpus);
        String cache = r.result().param("cache");
        if (cache != null) {
            parts.add(cache);
        }
        if (withEnvironment) {
            parts.add(r.environment());
        }
        return String.join(" / ", parts);
    }

    /** The CSV key of a row, as in results.csv: run id, benchmark, mode and parameters; charts carry it as {@code data-key}. */
    public static String key(ResultRow r) {
        StringJoiner params = new StringJoiner(";");
        r.result().params().forEach((k, v) -> params.add(k + "=" + v));
        return r.runId() + "|" + r.result().benchmark() + "|" + r.result().mode().shortName() + "|" + params + "|" + r.metric();
    }

    /** Hover text of a result: what it is, its value, interval and fork count. */
    static String tooltip(String label, ResultRow r, double value, String unit) {
        StringBuilder t = new StringBuilder(label).append(": ");
        t.append(r.lowerConfidence() ? "score " : "median ").append(Numbers.human(value)).append(' ').append(unit);
        if (r.ci().known()) {
            t.append(", 95% interval ").append(Numbers.human(r.ci().low())).append(" to ").append(Numbers.human(r.ci().high()))
                    .append(' ').append(unit);
        }
        t.append(", ").append(r.forks()).append(r.forks() == 1 ? " fork" : " forks");
        if (r.lowerConfidence()) {
            t.append(" (no raw data)");
        }
        return t.toString();
    }

    /** One grouped bar chart per workload x mode x unit: one group per corpus and cache state, one bar per variant and strategy. */
    static List<NamedChart> workloadBars(ReportData data, String workload, ChartOptions o) {
        Map<String, List<ResultRow>> byModeUnit = new LinkedHashMap<>();
        for (ResultRow r : data.primaryRows()) {
            if (r.workload().equals(workload)) {
                byModeUnit.computeIfAbsent(r.result().mode().shortName() + "|" + r.unit(), k -> new ArrayList<>()).add(r);
            }
        }
        List<NamedChart> out = new ArrayList<>();
        for (Map.Entry<String, List<ResultRow>> g : byModeUnit.entrySet()) {
            List<ResultRow> rows = g.getValue();
            if (rows.stream().noneMatch(r -> Double.isFinite(r.central()))) {
                continue; // nothing to draw (e.g. every score NaN): the table still shows the rows
            }
            String mode = rows.get(0).result().mode().shortName();
            String unit = rows.get(0).unit();
            Map<String, List<BarFigure.Bar>> groups = new LinkedHashMap<>();
            for (ResultRow r : rows) {
                if (!Double.isFinite(r.central())) {
                    continue;
                }
                String group = series(r, data.multipleEnvironments());
                String label = category(r);
                double[] dots = r.result().primary().hasRawData() ? r.result().primary().forkMedians() : new double[0];
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new BarFigure.Bar(label, r.result().param(StrategyPairs.STRATEGY),
                        r.central(), r.ci().low(), r.ci().high(), dots, tooltip(label + " (" + group + ")", r, r.central(), unit),
                        Map.of("key", key(r))));
            }
            List<BarFigure.Group> gs = new ArrayList<>();
            groups.forEach((k, v) -> gs.add(new BarFigure.Group(k, v)));
            String better = rows.get(0).result().mode().higherIsBetter() ? "higher is better" : "lower is better";
            BarFigure f = new BarFigure(workload + " (" + mode + ", " + unit + ", " + better + ")", unit, gs, 0, Double.NaN, o.logScale(), o.width());
            String stem = "bars-" + safe(workload) + (byModeUnit.size() > 1 ? "-" + safe(mode + "-" + unit) : "");
            out.add(new NamedChart(stem, workload, "bars", "Central value (median of fork medians) of " + workload
                    + " per variant and strategy, grouped by corpus, in " + unit + (f.axis().log() ? " on a log scale" : "")
                    + "; lines are 95% intervals, dots the fork medians.", f));
        }
        return out;
    }

    /** The speedup overview (null when no ratio is finite): one bar per comparison from 1.0, grouped by variant, with its 95% interval. */
    static NamedChart speedupOverview(ReportData data, List<SpeedupRow> speedups, String stem, String section, ChartOptions o) {
        if (speedups.stream().noneMatch(s -> Double.isFinite(s.ratio()))) {
            return null;
        }
        boolean severalRuns = speedups.stream().map(SpeedupRow::runId).distinct().count() > 1;
        boolean severalCaches = speedups.stream().map(SpeedupRow::cache).distinct().count() > 1;
        Map<String, List<BarFigure.Bar>> groups = new TreeMap<>();
        for (SpeedupRow s : speedups) {
            if (!Double.isFinite(s.ratio())) {
                continue;
            }
            String label = s.workload() + " " + s.mappedStrategy() + (s.corpus().isEmpty() ? "" : " " + s.corpus())
                    + (severalCaches && !s.cache().isEmpty() ? " " + s.cache() : "") + (s.otherParams().isEmpty() ? "" : " " + s.otherParams())
                    + (severalRuns ? " @" + s.runId() : "");
            String group = s.variant() + " (" + s.mode().shortName() + ")";
            String tip = label + " (" + group + "): " + Numbers.human(s.ratio()) + "x, " + s.mappedStrategy() + " vs " + s.regularStrategy()
                    + (s.ci().known() ? ", 95% interval " + Numbers.human(s.ci().low()) + " to " + Numbers.human(s.ci().high()) : ", no interval")
                    + ", " + s.verdict();
            Map<String, String> attrs = Map.of("key", s.runId() + "|" + s.workload() + "|" + s.variant() + "|" + s.corpus() + "|" + s.mappedStrategy());
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new BarFigure.Bar(label, s.mappedStrategy(), s.ratio(),
                    s.ci().low(), s.ci().high(), new double[0], tip, attrs));
        }
        List<BarFigure.Group> gs = new ArrayList<>();
        groups.forEach((k, v) -> gs.add(new BarFigure.Group(k, v)));
        BarFigure f = new BarFigure((section.isEmpty() ? "" : section + ": ") + "Speedup of mapped over regular (> 1: mapped faster)",
                "regular time / mapped time (bars start at 1.0 = no difference)", gs, 1.0, 1.0, false, o.width());
        return new NamedChart(stem, section, "speedup", "Speedup of each mapped strategy over its regular reference, "
                + "per workload, strategy and corpus, with 95% bootstrap intervals over forks; right of the red line at 1.0 mapped is faster.", f);
    }

    /**
     * A crossover on a size chart: where mapped strategy {@code mapped} overtakes (or falls behind)
     * {@code regular}, from {@link ReportData#crossovers()}.
     *
     * @param bytes the crossing
     * @param low the 95% interval's low bound in bytes, clipped to the sweep (NaN without an interval)
     * @param high its high bound, clipped likewise
     * @param answer the crossover in words ({@link CrossoverRow#answer()})
     */
    public record Crossover(String workload, String variant, String mapped, String regular, double bytes, double low, double high,
            String answer) {
    }

    /** Throughput against file size (log-log), one chart per workload x variant x mode x cache x environment with 2+ sizes. */
    static List<NamedChart> sizeCharts(ReportData data, String workload, ChartOptions o) {
        List<NamedChart> out = new ArrayList<>();
        for (Map.Entry<String, List<ResultRow>> g : sizeGroups(data, workload).entrySet()) {
            List<ResultRow> rows = g.getValue();
            Map<String, NavigableMap<Long, Double>> byStrategy = byStrategy(rows);
            Map<String, NavigableMap<Long, LineFigure.Point>> points = new TreeMap<>();
            for (ResultRow r : rows) {
                String strategy = r.result().param(StrategyPairs.STRATEGY);
                double a = gbPerSecond(r, r.ci().low());
                double b = gbPerSecond(r, r.ci().high());
                double lo = Math.min(a, b);
                double hi = Math.max(a, b);
                String tip = strategy + " on " + org.mmapbench.util.Sizes.format(r.corpusBytes()) + ": " + Numbers.human(r.gbPerSecond()) + " GB/s"
                        + (Double.isFinite(lo) && Double.isFinite(hi) ? ", 95% interval " + Numbers.human(lo) + " to " + Numbers.human(hi) + " GB/s" : "")
                        + ", " + r.forks() + (r.forks() == 1 ? " fork" : " forks");
                points.computeIfAbsent(strategy, k -> new TreeMap<>()).putIfAbsent(r.corpusBytes(),
                        new LineFigure.Point((double) r.corpusBytes(), r.gbPerSecond(), lo, hi, tip));
            }
            List<LineFigure.Series> series = new ArrayList<>();
            points.forEach((k, v) -> series.add(new LineFigure.Series(k, new ArrayList<>(v.values()))));
            List<Crossover> crossings = crossovers(data, workload, rows);
            List<LineFigure.Mark> marks = new ArrayList<>();
            for (Crossover x : crossings) {
                marks.add(new LineFigure.Mark(x.bytes(), interpolate(byStrategy.get(x.mapped()), x.bytes()), x.low(), x.high(),
                        x.mapped() + " vs " + x.regular() + ": " + x.answer()));
            }
            LineFigure f = new LineFigure(workload + " " + g.getKey() + ": throughput against file size (log-log)",
                    "corpus size (bytes, decimal units)", "GB/s (corpus bytes / time per op)", series, marks, o.width(), o.height());
            StringBuilder caption = new StringBuilder("Throughput of " + workload + " " + g.getKey()
                    + " against corpus size, one line per strategy, with 95% intervals");
            for (Crossover x : crossings) {
                caption.append("; ").append(x.mapped()).append(" vs ").append(x.regular()).append(": ").append(x.answer());
            }
            out.add(new NamedChart("size-" + safe(workload + "-" + g.getKey()), workload, "size", caption.append('.').toString(), f));
        }
        return out;
    }

    /** A bound of a row's interval as GB/s (NaN when unknown or not positive). */
    private static double gbPerSecond(ResultRow r, double bound) {
        double s = Units.secondsPerOp(r.unit(), bound);
        return s > 0 && Double.isFinite(s) ? r.corpusBytes() / s / 1e9 : Double.NaN;
    }

    /** Rows of a workload with a known size and GB/s, grouped by variant, mode, cache and environment; groups with 2+ sizes only. */
    static Map<String, List<ResultRow>> sizeGroups(ReportData data, String workload) {
        Map<String, List<ResultRow>> groups = new LinkedHashMap<>();
        for (ResultRow r : data.primaryRows()) {
            if (!r.workload().equals(workload) || r.corpusBytes() <= 0 || !(r.gbPerSecond() > 0)
                    || r.result().param(StrategyPairs.STRATEGY) == null) {
                continue;
            }
            String cache = r.result().param("cache");
            String key = r.result().method() + " " + r.result().mode().shortName() + (cache == null ? "" : " " + cache)
                    + (data.multipleEnvironments() ? " " + r.runId() : "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        groups.values().removeIf(rows -> rows.stream().map(ResultRow::corpusBytes).distinct().count() < 2);
        return groups;
    }

    private static Map<String, NavigableMap<Long, Double>> byStrategy(List<ResultRow> rows) {
        Map<String, NavigableMap<Long, Double>> m = new TreeMap<>();
        for (ResultRow r : rows) {
            m.computeIfAbsent(r.result().param(StrategyPairs.STRATEGY), k -> new TreeMap<>()).putIfAbsent(r.corpusBytes(), r.gbPerSecond());
        }
        return m;
    }

    /**
     * The crossovers drawn on a size chart of the fair variant: those of {@link ReportData#crossovers()} of its
     * workload, mode and cache state, from the runs on the chart, with a crossing inside the sweep.
     */
    static List<Crossover> crossovers(ReportData data, String workload, List<ResultRow> rows) {
        ResultRow first = rows.get(0);
        if (!first.result().method().equals("fair")) {
            return List.of();
        }
        Set<String> runs = new LinkedHashSet<>();
        rows.forEach(r -> runs.add(r.runId()));
        String cache = first.result().param("cache");
        List<Crossover> out = new ArrayList<>();
        for (CrossoverRow x : data.crossovers()) {
            if (x.workload().equals(workload) && x.mode() == first.result().mode() && runs.contains(x.runId())
                    && x.cache().equals(cache == null ? "" : cache) && Double.isFinite(x.estimate().bytes())) {
                boolean ci = x.ci().known();
                out.add(new Crossover(workload, "fair", x.mappedStrategy(), x.regular(), x.estimate().bytes(),
                        ci ? Math.max((double) x.smallest(), x.ciBytes().low()) : Double.NaN,
                        ci ? Math.min((double) x.largest(), x.ciBytes().high()) : Double.NaN, x.answer()));
            }
        }
        return out;
    }

    private static double interpolate(NavigableMap<Long, Double> series, double x) {
        Map.Entry<Long, Double> lo = series.floorEntry((long) Math.floor(x));
        Map.Entry<Long, Double> hi = series.ceilingEntry((long) Math.ceil(x));
        if (lo == null) {
            return hi.getValue();
        }
        if (hi == null || hi.getKey().equals(lo.getKey())) {
            return lo.getValue();
        }
        double t = (Math.log(x) - Math.log(lo.getKey())) / (Math.log(hi.getKey()) - Math.log(lo.getKey()));
        return Math.exp(Math.log(lo.getValue()) + t * (Math.log(hi.getValue()) - Math.log(lo.getValue())));
    }

    /** Allocated bytes per operation of a workload's benchmarks ({@code gc.alloc.rate.norm}), fork medians as dots; null without data. */
    static NamedChart allocation(ReportData data, String workload, ChartOptions o) {
        Map<String, List<BarFigure.Bar>> groups = new LinkedHashMap<>();
        for (ResultRow r : data.primaryRows()) {
            if (!r.workload().equals(workload) || !Double.isFinite(r.allocBytesPerOp())) {
                continue;
            }
            String label = category(r) + (isTimeMode(r) ? "" : " " + r.result().mode().shortName());
            String group = series(r, data.multipleEnvironments());
            Metric alloc = r.result().secondary().get(ResultRows.ALLOC_NORM);
            double[] dots = alloc != null && alloc.hasRawData() ? alloc.forkMedians() : new double[0];
            String tip = label + " (" + group + "): " + Numbers.human(r.allocBytesPerOp()) + " B/op, " + r.forks()
                    + (r.forks() == 1 ? " fork" : " forks");
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new BarFigure.Bar(label, r.result().param(StrategyPairs.STRATEGY),
                    r.allocBytesPerOp(), Double.NaN, Double.NaN, dots, tip, Map.of("key", key(r))));
        }
        if (groups.isEmpty()) {
            return null;
        }
        List<BarFigure.Group> gs = new ArrayList<>();
        groups.forEach((k, v) -> gs.add(new BarFigure.Group(k, v)));
        BarFigure f = new BarFigure(workload + ": allocated bytes per operation (gc.alloc.rate.norm)", "B/op", gs, 0, Double.NaN, false, o.width());
        return new NamedChart("alloc-" + safe(workload), workload, "alloc",
                "Bytes allocated on the Java heap per operation of " + workload + ", per variant, strategy and corpus; dots are fork medians.", f);
    }

    private static boolean isTimeMode(ResultRow r) {
        return Units.isTimeUnit(r.unit()) && !r.result().mode().higherIsBetter();
    }
}
