package org.mmapbench.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mmapbench.report.CrossoverRow;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.ResultRow;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.report.Units;
import org.mmapbench.results.StrategyPairs;

/**
 * Builds every chart of a report from {@link ReportData}: per-workload grouped bars (strategies x
 * corpora, error bars = the wider side of the 95% interval), the speedup overview (ratio per
 * comparison with a line at 1.0), throughput against file size (log-log, crossovers and their 95% intervals marked) and
 * allocation per operation.
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

    static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setAntiAlias(true);
    }

    private static CategoryChart categoryChart(String title, String yTitle, ChartOptions o) {
        CategoryChart c = new CategoryChartBuilder().width(o.width()).height(o.height()).title(title)
                .xAxisTitle("").yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setLocale(Locale.ROOT);
        c.getStyler().setXAxisLabelRotation(20);
        c.getStyler().setErrorBarsColor(Color.BLACK);
        return c;
    }

    /** One grouped bar chart per workload x mode x unit. */
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
            Set<String> categories = new LinkedHashSet<>();
            Map<String, Map<String, ResultRow>> bySeries = new LinkedHashMap<>();
            for (ResultRow r : rows) {
                String cat = category(r);
                categories.add(cat);
                bySeries.computeIfAbsent(series(r, data.multipleEnvironments()), k -> new LinkedHashMap<>()).putIfAbsent(cat, r);
            }
            String title = workload + " (" + mode + ", " + unit + (o.logScale() ? ", log scale, no error bars" : ", error bars: 95% CI") + ")";
            List<String> cats = new ArrayList<>(categories);
            boolean log = o.logScale() && rows.stream().anyMatch(r -> r.central() > 0 && Double.isFinite(r.central()));
            if (o.logScale() && !log) {
                title = workload + " (" + mode + ", " + unit + ", linear: no positive values for a log scale)";
            }
            CategoryChart c = categoryChart(title, unit, o);
            c.getStyler().setYAxisLogarithmic(log);
            c.getStyler().setXAxisLabelRotation(cats.size() > 6 ? 90 : 20);
            double min = Double.POSITIVE_INFINITY;
            for (Map.Entry<String, Map<String, ResultRow>> s : bySeries.entrySet()) {
                List<Double> ys = new ArrayList<>();
                List<Double> errs = new ArrayList<>();
                for (String cat : cats) {
                    ResultRow r = s.getValue().get(cat);
                    double y = r == null ? Double.NaN : r.central();
                    if (!Double.isFinite(y) || (log && y <= 0)) {
                        y = Double.NaN;
                    } else {
                        min = Math.min(min, y);
                    }
                    // A missing bar is null, which XChart skips; NaN would end up as coordinates in the SVG.
                    ys.add(Double.isNaN(y) ? null : y);
                    errs.add(r == null || Double.isNaN(y) ? 0.0 : halfWidth(r.central(), r.ci().low(), r.ci().high()));
                }
                addSeries(c, s.getKey(), cats, ys, log ? null : errs);
            }
            if (log && Double.isFinite(min)) {
                c.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
            }
            String stem = "bars-" + safe(workload) + (byModeUnit.size() > 1 ? "-" + safe(mode + "-" + unit) : "");
            out.add(new NamedChart(stem, workload, "bars", "Central value (median of fork medians) of " + workload
                    + " per variant and strategy, one bar per corpus, in " + unit + ".", c));
        }
        return out;
    }

    static double halfWidth(double center, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high) || Double.isNaN(center)) {
            return 0.0;
        }
        double h = Math.max(center - low, high - center);
        return Double.isFinite(h) && h > 0 ? h : 0.0;
    }

    /**
     * Adds a bar series whose missing values are null (XChart skips them; NaN would become NaN
     * coordinates in the SVG). XChart's error bars need a value in every category, so a series with
     * a gap, or without {@code errs}, is drawn without them.
     */
    private static void addSeries(CategoryChart c, String name, List<String> cats, List<Double> ys, List<Double> errs) {
        if (errs == null || ys.contains(null)) {
            c.addSeries(name, cats, ys);
        } else {
            c.addSeries(name, cats, ys, errs);
        }
    }

    /** The speedup overview (null when no ratio is finite): one bar per comparison, series per variant, error bars from the CI, a line at 1.0. */
    static NamedChart speedupOverview(ReportData data, List<SpeedupRow> speedups, String stem, String section, ChartOptions o) {
        if (speedups.stream().noneMatch(s -> Double.isFinite(s.ratio()))) {
            return null;
        }
        Set<String> categories = new LinkedHashSet<>();
        Map<String, Map<String, SpeedupRow>> bySeries = new TreeMap<>();
        boolean severalRuns = speedups.stream().map(SpeedupRow::runId).distinct().count() > 1;
        boolean severalMapped = speedups.stream().map(SpeedupRow::mappedStrategy).distinct().count() > 1;
        boolean severalCaches = speedups.stream().map(SpeedupRow::cache).distinct().count() > 1;
        for (SpeedupRow s : speedups) {
            String cat = s.workload() + (severalMapped ? " " + s.mappedStrategy() : "") + (s.corpus().isEmpty() ? "" : " " + s.corpus())
                    + (severalCaches && !s.cache().isEmpty() ? " " + s.cache() : "") + (s.otherParams().isEmpty() ? "" : " " + s.otherParams())
                    + (severalRuns ? " @" + s.runId() : "");
            categories.add(cat);
            bySeries.computeIfAbsent(s.variant() + " (" + s.mode().shortName() + ")", k -> new LinkedHashMap<>()).putIfAbsent(cat, s);
        }
        List<String> cats = new ArrayList<>(categories);
        ChartOptions tall = cats.size() > 4 ? new ChartOptions(o.logScale(), o.width(), o.height() + 250) : o;
        CategoryChart c = categoryChart((section.isEmpty() ? "" : section + ": ") + "Speedup of mapped over regular (> 1: mapped faster; error bars: 95% bootstrap CI)",
                "regular time / mapped time", tall);
        c.getStyler().setXAxisLabelRotation(cats.size() > 4 ? 90 : 20);
        for (Map.Entry<String, Map<String, SpeedupRow>> e : bySeries.entrySet()) {
            List<Double> ys = new ArrayList<>();
            List<Double> errs = new ArrayList<>();
            for (String cat : cats) {
                SpeedupRow s = e.getValue().get(cat);
                double y = s == null || !Double.isFinite(s.ratio()) ? Double.NaN : s.ratio();
                ys.add(Double.isNaN(y) ? null : y);
                errs.add(s == null || Double.isNaN(y) ? 0.0 : halfWidth(s.ratio(), s.ci().low(), s.ci().high()));
            }
            addSeries(c, e.getKey(), cats, ys, errs);
        }
        List<Double> ones = new ArrayList<>();
        List<Double> zeros = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            ones.add(1.0);
            zeros.add(0.0);
        }
        CategorySeries line = c.addSeries("1.0 = no difference", cats, ones, zeros);
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Color.RED);
        return new NamedChart(stem, section, "speedup", "Speedup of each mapped strategy over its regular reference, "
                + "per workload, strategy and corpus; above the red line at 1.0 mapped is faster.", c);
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
            XYChart c = new XYChartBuilder().width(o.width()).height(o.height())
                    .title(workload + " " + g.getKey() + ": throughput against file size (log-log)")
                    .xAxisTitle("corpus size (bytes)").yAxisTitle("GB/s (corpus bytes / time per op)").build();
            style(c.getStyler());
            c.getStyler().setLocale(Locale.ROOT);
            c.getStyler().setXAxisLogarithmic(true);
            c.getStyler().setYAxisLogarithmic(true);
            for (Map.Entry<String, NavigableMap<Long, Double>> s : byStrategy.entrySet()) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                s.getValue().forEach((b, v) -> {
                    xs.add(b.doubleValue());
                    ys.add(v);
                });
                XYSeries series = c.addSeries(s.getKey(), xs, ys);
                series.setMarker(SeriesMarkers.CIRCLE);
            }
            List<Crossover> crossings = crossovers(data, workload, rows);
            if (!crossings.isEmpty()) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                int n = 0;
                for (Crossover x : crossings) {
                    double y = interpolate(byStrategy.get(x.mapped()), x.bytes());
                    xs.add(x.bytes());
                    ys.add(y);
                    if (!Double.isNaN(x.low())) {
                        // The interval as a horizontal segment at the crossing's height.
                        XYSeries ci = c.addSeries("95% CI " + x.mapped() + " vs " + x.regular() + (n++ == 0 ? "" : " #" + n),
                                List.of(x.low(), x.high()), List.of(y, y));
                        ci.setMarker(SeriesMarkers.NONE);
                        ci.setLineColor(Color.RED);
                        ci.setShowInLegend(false);
                    }
                }
                XYSeries cross = c.addSeries("crossover (red line: 95% CI)", xs, ys);
                cross.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                cross.setMarker(SeriesMarkers.DIAMOND);
                cross.setMarkerColor(Color.RED);
            }
            StringBuilder caption = new StringBuilder("Throughput of " + workload + " " + g.getKey()
                    + " against corpus size, one line per strategy");
            for (Crossover x : crossings) {
                caption.append("; ").append(x.mapped()).append(" vs ").append(x.regular()).append(": ").append(x.answer());
            }
            out.add(new NamedChart("size-" + safe(workload + "-" + g.getKey()), workload, "size", caption.append('.').toString(), c));
        }
        return out;
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

    /** Allocated bytes per operation of a workload's benchmarks ({@code gc.alloc.rate.norm}); null without data. */
    static NamedChart allocation(ReportData data, String workload, ChartOptions o) {
        Set<String> categories = new LinkedHashSet<>();
        Map<String, Map<String, Double>> bySeries = new LinkedHashMap<>();
        for (ResultRow r : data.primaryRows()) {
            if (!r.workload().equals(workload) || !Double.isFinite(r.allocBytesPerOp())) {
                continue;
            }
            String cat = category(r) + (isTimeMode(r) ? "" : " " + r.result().mode().shortName());
            categories.add(cat);
            bySeries.computeIfAbsent(series(r, data.multipleEnvironments()), k -> new LinkedHashMap<>()).putIfAbsent(cat, r.allocBytesPerOp());
        }
        if (categories.isEmpty()) {
            return null;
        }
        List<String> cats = new ArrayList<>(categories);
        CategoryChart c = categoryChart(workload + ": allocated bytes per operation (gc.alloc.rate.norm)", "B/op", o);
        for (Map.Entry<String, Map<String, Double>> s : bySeries.entrySet()) {
            List<Double> ys = new ArrayList<>();
            for (String cat : cats) {
                Double v = s.getValue().get(cat);
                ys.add(v == null || !Double.isFinite(v) ? null : v);
            }
            c.addSeries(s.getKey(), cats, ys);
        }
        return new NamedChart("alloc-" + safe(workload), workload, "alloc",
                "Bytes allocated on the Java heap per operation of " + workload + ", per variant, strategy and corpus.", c);
    }

    private static boolean isTimeMode(ResultRow r) {
        return Units.isTimeUnit(r.unit()) && !r.result().mode().higherIsBetter();
    }
}
