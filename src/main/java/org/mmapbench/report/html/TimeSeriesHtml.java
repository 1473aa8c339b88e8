package org.mmapbench.report.html;

import static org.mmapbench.util.HtmlText.escape;

import java.util.List;
import java.util.Map;
import org.mmapbench.report.IterationPoint;
import org.mmapbench.report.Numbers;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.TimeSeries;
import org.mmapbench.report.chart.NamedChart;

/**
 * The report's section on the benchmarks measured from a cold start (profile {@code huge}): the memory
 * limit each run's forks had, per fork the first iteration beside the median of the later ones, and the
 * per-iteration charts. The numbers of every iteration are in {@code timeseries.csv}.
 */
public final class TimeSeriesHtml {
    /** The section's anchor id. */
    public static final String ID = "timeseries";

    private TimeSeriesHtml() {
    }

    /** The section for {@code points} of {@code data}, with {@code charts} (from {@code TimeSeriesCharts}) inlined from {@code svgs}. */
    public static HtmlSection section(ReportData data, List<IterationPoint> points, List<NamedChart> charts, Map<String, String> svgs) {
        StringBuilder h = new StringBuilder();
        h.append("<p>Read from an empty page cache (<code>cache=").append(escape(TimeSeries.CACHE))
                .append("</code>): the cache is dropped once before the first iteration and never refilled or checked, so later"
                        + " iterations keep what the memory limit lets the cache hold. Every iteration is in <code>timeseries.csv</code>.</p>\n<ul>\n");
        for (String line : TimeSeries.limits(data.runs(), points)) {
            h.append("<li>").append(escape(line)).append("</li>\n");
        }
        h.append("</ul>\n<table>\n<tr><th>run</th><th>benchmark</th><th>fork</th><th>iterations</th><th>MB/s, iteration 1</th>"
                + "<th>MB/s, median of the later</th><th>later / first</th><th>major faults/op, iteration 1</th><th>median of the later</th>"
                + "<th>device bytes/op, iteration 1</th><th>median of the later</th></tr>\n");
        for (TimeSeries.ForkSummary s : TimeSeries.summaries(points)) {
            IterationPoint f = s.first();
            h.append("<tr><td>").append(escape(f.runId())).append("</td><td>").append(escape(f.cell())).append("</td><td class=\"n\">")
                    .append(f.fork()).append("</td><td class=\"n\">").append(s.iterations()).append("</td>");
            for (double v : new double[] {f.mbPerSecond(), s.laterMbPerSecond(), s.laterOverFirst(), f.majorFaultsPerOp(),
                s.laterMajorFaultsPerOp(), f.readBytesPerOp(), s.laterReadBytesPerOp()}) {
                h.append("<td class=\"n\">").append(Double.isNaN(v) ? "-" : escape(Numbers.human(v))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        for (NamedChart c : charts) {
            HtmlReport.figure(h, c, svgs);
        }
        return new HtmlSection(ID, "A file larger than memory: throughput per iteration", h.toString());
    }
}
