package org.mmapbench.report.html;

import static org.mmapbench.util.HtmlText.escape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mmapbench.report.Anatomy;
import org.mmapbench.report.Numbers;
import org.mmapbench.report.chart.NamedChart;

/**
 * The report's cost-anatomy section: for each of the five comparisons, a table with each side's
 * measured steps, their sum, the whole operation, the residual and the share explained, one sentence
 * per side saying whether the steps explain it (and what is missing when not), and the stacked bar
 * chart. When nothing was measured, it says which benchmarks to run.
 */
public final class AnatomyHtml {
    /** The section's anchor id. */
    public static final String ID = "anatomy";

    private AnatomyHtml() {
    }

    /** The section, with {@code charts} (from {@code AnatomyCharts}) inlined from {@code svgs}. */
    public static HtmlSection section(List<Anatomy.Comparison> comparisons, List<NamedChart> charts, Map<String, String> svgs) {
        StringBuilder h = new StringBuilder();
        h.append("<p>Each side of the article's five comparisons on ").append(escape(Anatomy.CORPUS))
                .append(" (fair variant, warm cache) broken into steps that small benchmarks price one by one"
                        + " (<code>Anatomy*Benchmark</code>, profile <code>depth</code>). Times are JMH means in µs per operation;"
                        + " the residual \"other\" is never counted as explained; the steps must explain at least ")
                .append(Anatomy.percent(Anatomy.EXPLAINED_MIN)).append(" of the whole.</p>\n");
        if (!Anatomy.anyMeasured(comparisons)) {
            h.append("<p>Not measured in this run: run ").append(escape(String.join(", ", Anatomy.stepClasses())))
                    .append(" on ").append(escape(Anatomy.CORPUS))
                    .append(" (<code>mmapbench run --profile depth</code>) beside the fair read, find, regex, seekFind and replace"
                            + " benchmarks (profile quick or standard).</p>\n");
            return new HtmlSection(ID, "Cost anatomy", h.toString());
        }
        for (Anatomy.Comparison c : comparisons) {
            h.append("<h3>").append(escape(c.spec().workload())).append("</h3>\n<table>\n<tr><th>step</th>");
            for (Anatomy.Side s : c.sides()) {
                h.append("<th>").append(escape(s.spec().strategy())).append("</th>");
            }
            h.append("</tr>\n");
            Set<String> labels = new LinkedHashSet<>();
            c.sides().forEach(s -> s.parts().forEach(p -> labels.add(p.step().label())));
            for (String label : labels) {
                h.append("<tr><td>").append(escape(label)).append("</td>");
                for (Anatomy.Side s : c.sides()) {
                    Anatomy.Part part = s.parts().stream().filter(p -> p.step().label().equals(label)).findFirst().orElse(null);
                    h.append("<td class=\"n\">").append(part == null ? "" : part.time() == null ? "not measured" : micros(part.time().micros()))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            row(h, "sum of the measured steps", c, s -> micros(s.sumMicros()));
            row(h, "other (not explained)", c, s -> micros(s.otherMicros()));
            row(h, "whole operation", c, s -> s.whole() == null ? "not measured" : micros(s.whole().micros()));
            row(h, "explained by the steps", c, s -> s.whole() == null ? "-" : Anatomy.percent(s.explained()));
            row(h, "live JDK mappings, largest at an iteration end", c, s -> s.liveMappings() < 0 ? "-" : Long.toString(s.liveMappings()));
            h.append("</table>\n<ul>\n");
            for (Anatomy.Side s : c.sides()) {
                h.append("<li>").append(escape(s.sentence(c.spec()))).append(".</li>\n");
            }
            h.append("</ul>\n");
            for (NamedChart chart : charts) {
                if (chart.stem().equals("anatomy-" + c.spec().workload()) && svgs.containsKey(chart.stem())) {
                    h.append("<figure>\n").append(Html.inlineSvg(svgs.get(chart.stem()), chart.stem(), chart.caption()))
                            .append("\n<figcaption>").append(escape(chart.caption())).append(" (<a href=\"").append(escape(chart.stem()))
                            .append(".png\">PNG</a>, <a href=\"").append(escape(chart.stem())).append(".svg\">SVG</a>)</figcaption>\n</figure>\n");
                }
            }
        }
        return new HtmlSection(ID, "Cost anatomy", h.toString());
    }

    private interface Cell {
        String of(Anatomy.Side s);
    }

    private static void row(StringBuilder h, String label, Anatomy.Comparison c, Cell cell) {
        h.append("<tr><th>").append(escape(label)).append("</th>");
        for (Anatomy.Side s : c.sides()) {
            h.append("<td class=\"n\">").append(escape(cell.of(s))).append("</td>");
        }
        h.append("</tr>\n");
    }

    private static String micros(double v) {
        return Double.isNaN(v) ? "-" : Numbers.human(v) + " µs";
    }
}
