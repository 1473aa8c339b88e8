package org.mmapbench.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.mmapbench.util.Decimals;

/** Writes {@code summary.md}: the headline findings and the speedup table in Markdown, for CI job summaries and pull requests. */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    /** Writes the summary. */
    public static void write(ReportData data, Writer w) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# mmapbench report: ").append(cell(data.reportId())).append("\n\n");
        for (String s : data.headlines()) {
            sb.append("- ").append(html(s)).append('\n');
        }
        sb.append("\n## The Python article's comparisons, in Java (regular time / mapped time)\n\n");
        sb.append("| comparison | article | Python here | Java literal | 95% CI | Java idiomatic | 95% CI | Java fair | 95% CI "
                + "| vs contender (" + Tutorial.CONTENDER.label() + ") | 95% CI |\n"
                + "| --- | ---: | ---: | ---: | --- | ---: | --- | ---: | --- | ---: | --- |\n");
        for (TutorialRow t : data.tutorial()) {
            sb.append("| ").append(t.comparison()).append(" | ~").append(Decimals.significant(t.articleRatio(), Numbers.HUMAN_DIGITS)).append("x | ")
                    .append(t.python() == null ? "not measured" : Numbers.human(t.python()) + "x").append(" | ")
                    .append(ratio(t.literal())).append(" | ").append(ratio(t.idiomatic())).append(" | ").append(ratio(t.fair()))
                    .append(" | ").append(ratio(t.contender())).append(" |\n");
        }
        if (!data.speedups().isEmpty()) {
            sb.append("\n## Mapped vs regular\n\n| workload | variant | corpus | cache | mapped | regular | speedup | 95% CI | verdict |\n")
                    .append("| --- | --- | --- | --- | --- | --- | ---: | --- | --- |\n");
            for (SpeedupRow s : data.speedups()) {
                sb.append("| ").append(cell(s.workload())).append(" | ").append(cell(s.variantLabel())).append(" | ").append(cell(s.corpus()))
                        .append(" | ").append(cell(s.cache().isEmpty() ? "-" : s.cache())).append(" | ").append(cell(s.mappedStrategy()))
                        .append(" | ").append(cell(s.regularStrategy())).append(" | ").append(Numbers.human(s.ratio())).append("x | ")
                        .append(ci(s)).append(" | ").append(s.verdict()).append(" |\n");
            }
        }
        if (!data.crossovers().isEmpty()) {
            sb.append("\n## Crossover sizes: where mapped overtakes regular\n\n")
                    .append("| workload | cache | corpora | mapped | regular | sizes | forks | mapped overtakes regular |\n")
                    .append("| --- | --- | --- | --- | --- | ---: | ---: | --- |\n");
            for (CrossoverRow c : data.crossovers()) {
                sb.append("| ").append(cell(c.workload() + (c.mode() == org.mmapbench.results.BenchMode.AVERAGE_TIME ? "" : " (" + c.mode().shortName() + ")")))
                        .append(" | ").append(cell(c.cache().isEmpty() ? "-" : c.cache())).append(" | ").append(cell(c.corpora()))
                        .append(" | ").append(cell(c.mappedStrategy())).append(" | ").append(cell(c.regular())).append(" | ")
                        .append(c.sizes().size()).append(" | ").append(c.forks()).append(" | ").append(cell(c.answer())).append(" |\n");
            }
        }
        if (!data.threadScaling().isEmpty()) {
            sb.append("\n## Thread scaling (all threads together; scaling = throughput / throughput with 1 thread)\n\n")
                    .append("| run | benchmark | corpus | strategy | threads | forks | us/op per thread | GB/s | scaling | 95% CI |\n")
                    .append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
            for (ThreadScaling.Row r : data.threadScaling()) {
                sb.append("| ").append(cell(r.runId())).append(" | ").append(cell(r.method())).append(" | ").append(cell(r.corpus()))
                        .append(" | ").append(cell(r.strategy())).append(" | ").append(r.threads()).append(" | ").append(r.forks())
                        .append(" | ").append(Numbers.human(r.microsPerOp())).append(" | ").append(Numbers.human(r.gbPerSecond()))
                        .append(" | ").append(Numbers.human(r.scaling())).append("x | ")
                        .append(r.ci().known() ? Numbers.human(r.ci().low()) + " to " + Numbers.human(r.ci().high()) : "no interval")
                        .append(" |\n");
            }
        }
        List<FillEffects.Row> fills = FillEffects.of(data.runs());
        if (!fills.isEmpty()) {
            sb.append("\n## How the cache was filled (warm-mapped / warm)\n\n| run | benchmark | params | warm | warm-mapped | ratio | 95% CI |\n")
                    .append("| --- | --- | --- | ---: | ---: | ---: | --- |\n");
            for (FillEffects.Row r : fills) {
                sb.append("| ").append(cell(r.runId())).append(" | ").append(cell(r.workload() + "." + r.variant())).append(" | ")
                        .append(cell(r.params())).append(" | ").append(Numbers.human(r.warm())).append(' ').append(cell(r.unit()))
                        .append(" | ").append(Numbers.human(r.warmMapped())).append(' ').append(cell(r.unit())).append(" | ")
                        .append(Numbers.human(r.ratio())).append("x | ")
                        .append(r.ci().known() ? Numbers.human(r.ci().low()) + " to " + Numbers.human(r.ci().high()) : "no interval")
                        .append(" |\n");
            }
        }
        hints(data.hints(), sb);
        ceilings(data.ceilings(), sb);
        timeSeries(data, sb);
        WritesMarkdown.append(data, sb);
        List<ResultRow> unsteady = data.primaryRows().stream().filter(ResultRow::unsteady).toList();
        if (!unsteady.isEmpty()) {
            sb.append("\n## Unsteady forks\n\nFirst iteration over 1.5x the median of the others, or a Mann-Kendall trend with p < 0.01.\n\n")
                    .append("| run | benchmark | params | unsteady forks |\n| --- | --- | --- | --- |\n");
            for (ResultRow r : unsteady) {
                sb.append("| ").append(cell(r.runId())).append(" | ").append(cell(r.result().benchmark())).append(" | ")
                        .append(cell(params(r))).append(" | ").append(cell(r.unsteadyLabel())).append(" |\n");
            }
        }
        sb.append(WritingSections.markdown(data));
        sb.append("\nFull report: index.html beside this file.\n");
        w.write(sb.toString());
    }

    private static void hints(List<HintRow> hints, StringBuilder sb) {
        if (hints.isEmpty()) {
            return;
        }
        sb.append("\n## Kernel hints (time with the hint / time of its strategy's control, same run)\n\n")
                .append("| run | workload | corpus | cache | strategy | hint | time | vs control | 95% CI | read from device per op |\n")
                .append("| --- | --- | --- | --- | --- | --- | ---: | ---: | --- | ---: |\n");
        for (HintRow h : hints) {
            sb.append("| ").append(cell(h.runId())).append(" | ").append(cell(h.workload())).append(" | ").append(cell(h.corpus()))
                    .append(" | ").append(cell(h.cache())).append(" | ").append(cell(h.strategy())).append(" | ").append(cell(h.call()))
                    .append(" | ").append(Numbers.human(h.time())).append(' ').append(cell(h.unit())).append(" | ")
                    .append(Double.isNaN(h.ratio()) ? "no control" : Numbers.human(h.ratio()) + "x").append(" | ")
                    .append(h.ratioCi().known() ? Numbers.human(h.ratioCi().low()) + " to " + Numbers.human(h.ratioCi().high()) : "no interval")
                    .append(" | ").append(h.readBytesMeasured() ? Numbers.human(h.readBytes()) + " B" : "not measured").append(" |\n");
        }
    }

    private static void timeSeries(ReportData data, StringBuilder sb) {
        List<IterationPoint> points = data.timeSeries();
        if (points.isEmpty()) {
            return;
        }
        sb.append("\n## A file larger than memory (cache=").append(TimeSeries.CACHE).append(": first iteration and the median of the later ones;"
                + " every iteration in timeseries.csv)\n\n");
        for (String line : TimeSeries.limits(data.runs(), points)) {
            sb.append("- ").append(html(line)).append('\n');
        }
        sb.append("\n| run | benchmark | fork | iterations | MB/s, iteration 1 | MB/s, later | later / first | major faults/op, iteration 1 | later"
                + " | device bytes/op, iteration 1 | later |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (TimeSeries.ForkSummary s : TimeSeries.summaries(points)) {
            IterationPoint f = s.first();
            sb.append("| ").append(cell(f.runId())).append(" | ").append(cell(f.cell())).append(" | ").append(f.fork()).append(" | ")
                    .append(s.iterations());
            for (double v : new double[] {f.mbPerSecond(), s.laterMbPerSecond(), s.laterOverFirst(), f.majorFaultsPerOp(),
                s.laterMajorFaultsPerOp(), f.readBytesPerOp(), s.laterReadBytesPerOp()}) {
                sb.append(" | ").append(Double.isNaN(v) ? "-" : Numbers.human(v));
            }
            sb.append(" |\n");
        }
    }

    private static void ceilings(List<CeilingRow> rows, StringBuilder sb) {
        if (rows.isEmpty()) {
            return;
        }
        sb.append("\n## Percent of the machine's ceilings (measured in the same run)\n\n")
                .append("| run | benchmark | params | GB/s | ceiling | ceiling GB/s | percent |\n")
                .append("| --- | --- | --- | ---: | --- | ---: | ---: |\n");
        for (CeilingRow c : rows) {
            sb.append("| ").append(cell(c.runId())).append(" | ").append(cell(c.benchmark())).append(" | ").append(cell(c.params()))
                    .append(" | ").append(Numbers.human(c.gbPerSecond())).append(" | ").append(cell(c.ceiling().label())).append(" | ")
                    .append(Numbers.human(c.ceilingGbPerSecond())).append(" | ").append(Numbers.human(c.percent())).append("% |\n");
        }
    }

    private static String ratio(SpeedupRow s) {
        return s == null ? "not measured | -" : Numbers.human(s.ratio()) + "x | " + ci(s);
    }

    private static String ci(SpeedupRow s) {
        return s.ci().known() ? Numbers.human(s.ci().low()) + " to " + Numbers.human(s.ci().high()) : "no interval";
    }

    private static String params(ResultRow r) {
        StringBuilder sb = new StringBuilder();
        r.result().params().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return sb.isEmpty() ? "-" : sb.toString();
    }

    /** Escapes a Markdown table cell. */
    static String cell(String s) {
        return s == null ? "" : html(s.replace("\\", "\\\\").replace("|", "\\|"));
    }

    /**
     * {@code s} with HTML's special characters as entities and on one line: Markdown renderers (CI job
     * summaries among them) pass raw HTML through, so a corpus or run id like {@code <script>} must not.
     */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", " ").replace("\n", " ");
    }
}
