package org.mmapbench.report;

import java.io.IOException;
import java.io.Writer;
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
                sb.append("| ").append(cell(s.workload())).append(" | ").append(cell(s.variant())).append(" | ").append(cell(s.corpus()))
                        .append(" | ").append(cell(s.cache().isEmpty() ? "-" : s.cache())).append(" | ").append(cell(s.mappedStrategy()))
                        .append(" | ").append(cell(s.regularStrategy())).append(" | ").append(Numbers.human(s.ratio())).append("x | ")
                        .append(ci(s)).append(" | ").append(s.verdict()).append(" |\n");
            }
        }
        sb.append("\nFull report: index.html beside this file.\n");
        w.write(sb.toString());
    }

    private static String ratio(SpeedupRow s) {
        return s == null ? "not measured | -" : Numbers.human(s.ratio()) + "x | " + ci(s);
    }

    private static String ci(SpeedupRow s) {
        return s.ci().known() ? Numbers.human(s.ci().low()) + " to " + Numbers.human(s.ci().high()) : "no interval";
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
