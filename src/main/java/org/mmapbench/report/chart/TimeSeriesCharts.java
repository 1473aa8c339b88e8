package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.mmapbench.report.IterationPoint;
import org.mmapbench.report.Numbers;
import org.mmapbench.report.TimeSeries;

/**
 * The per-iteration time series of the cold-start benchmarks ({@link TimeSeries}): per workload, one
 * chart of throughput and one of major faults per operation against the measurement iteration, one
 * line per strategy through the median over forks, with each point's vertical line spanning the forks.
 */
public final class TimeSeriesCharts {
    /** The section the charts belong to in the report. */
    public static final String SECTION = "timeseries";

    private TimeSeriesCharts() {
    }

    /** Two charts per workload of {@code points}; none when there are no points. */
    public static List<NamedChart> of(List<IterationPoint> points, ChartOptions o) {
        List<NamedChart> out = new ArrayList<>();
        for (String workload : TimeSeries.workloads(points)) {
            List<IterationPoint> mine = points.stream().filter(p -> p.workload().equals(workload)).toList();
            String corpus = mine.get(0).params().replaceAll(".*corpus=([^;]*).*", "$1");
            out.add(chart(mine, "timeseries-" + Charts.safe(workload), workload + " on " + corpus + " from a cold start: throughput per iteration",
                    "MB/s (corpus bytes / time per op)", IterationPoint::mbPerSecond, "MB/s",
                    "Throughput of " + workload + " on " + corpus + " in each measurement iteration, from an empty page cache, "
                            + "one line per strategy through the median over forks, each vertical line spanning the forks.", o));
            out.add(chart(mine, "timeseries-faults-" + Charts.safe(workload), workload + " on " + corpus
                    + " from a cold start: major faults per operation", "major faults / op (os.faults.major)", IterationPoint::majorFaultsPerOp,
                    "major faults/op", "Major page faults per operation of " + workload + " on " + corpus + " in each measurement iteration "
                            + "(0 for a strategy that reads with system calls), median over forks, each vertical line spanning the forks.", o));
        }
        return out;
    }

    private static NamedChart chart(List<IterationPoint> points, String stem, String title, String yTitle, ToDoubleFunction<IterationPoint> value,
                                    String unit, String caption, ChartOptions o) {
        Map<String, List<IterationPoint>> bySeries = new LinkedHashMap<>();
        long strategies = points.stream().map(IterationPoint::strategy).distinct().count();
        long cells = points.stream().map(IterationPoint::cell).distinct().count();
        for (IterationPoint p : points) {
            String label = strategies == cells ? p.strategy() : p.strategy() + " (" + p.variant() + ")";
            bySeries.computeIfAbsent(label, k -> new ArrayList<>()).add(p);
        }
        List<LineFigure.Series> series = new ArrayList<>();
        bySeries.forEach((label, mine) -> {
            Map<Integer, List<Double>> byIteration = new TreeMap<>();
            mine.forEach(p -> byIteration.computeIfAbsent(p.iteration(), k -> new ArrayList<>()).add(value.applyAsDouble(p)));
            List<LineFigure.Point> line = new ArrayList<>();
            byIteration.forEach((iteration, values) -> {
                double[] v = values.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).sorted().toArray();
                if (v.length > 0) {
                    double median = org.mmapbench.stats.Percentiles.median(v);
                    line.add(new LineFigure.Point(iteration, median, v[0], v[v.length - 1], label + ", iteration " + iteration + ": "
                            + Numbers.human(median) + " " + unit + " (median of " + v.length + (v.length == 1 ? " fork" : " forks")
                            + (v.length > 1 ? ", " + Numbers.human(v[0]) + " to " + Numbers.human(v[v.length - 1]) : "") + ")"));
                }
            });
            if (!line.isEmpty()) {
                series.add(new LineFigure.Series(label, line));
            }
        });
        LineFigure f = LineFigure.overIterations(title, yTitle, series, "lines: range over forks", o.width(), o.height());
        return new NamedChart(stem, SECTION, "timeseries", caption, f);
    }
}
