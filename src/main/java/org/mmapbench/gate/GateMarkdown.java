package org.mmapbench.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The gate's result as GitHub-flavoured Markdown, for a CI job summary ({@code $GITHUB_STEP_SUMMARY})
 * or a pull-request comment: headline, method, the rows that need attention (regressions first), and
 * the unchanged rows in a collapsed {@code <details>} block.
 */
public final class GateMarkdown {

    private GateMarkdown() {
    }

    /** The Markdown text. */
    public static String render(GateResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("## mmapbench regression gate\n\n");
        sb.append("**").append(escape(result.headline())).append("**\n\n");
        sb.append("Baseline `").append(code(result.baselineRun())).append("`, candidate `")
                .append(code(result.candidateRun())).append("`. ").append(escape(GateFormat.method(result))).append(".\n");
        if (!result.environment().comparable()) {
            sb.append("\nEnvironments differ: ").append(escape(result.environment().describe())).append(".\n");
        }
        if (result.rows().isEmpty()) {
            return sb.toString();
        }
        List<GateRow> attention = new ArrayList<>();
        List<GateRow> rest = new ArrayList<>();
        for (GateRow r : result.rows()) {
            (r.verdict() == Verdict.UNCHANGED ? rest : attention).add(r);
        }
        if (!attention.isEmpty()) {
            attention.sort(java.util.Comparator.comparing(GateRow::verdict)); // regressions first; stable within a verdict
            sb.append('\n');
            table(sb, attention);
        }
        if (!rest.isEmpty()) {
            sb.append("\n<details><summary>").append(rest.size()).append(" unchanged</summary>\n\n");
            table(sb, rest);
            sb.append("\n</details>\n");
        }
        sb.append("\nBaseline and candidate: geometric mean of per-fork medians ± between-fork spread (forks, and how many of them are unsteady when any). "
                + "MDE: the smallest change this row would flag in 80% of runs.\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<GateRow> rows) {
        sb.append("| benchmark | metric | baseline | candidate | delta [95% CI] | p (Holm) | MDE | verdict |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (GateRow r : rows) {
            String verdict = r.verdict() == Verdict.REGRESSED ? "**regressed**" : r.verdict().label();
            if (!r.note().isEmpty()) {
                verdict += " (" + escape(r.note()) + ")";
            }
            sb.append("| ").append(escape(r.name())).append(" | ").append(escape(r.metric()))
                    .append(r.unit() == null || r.unit().isEmpty() ? "" : " (" + escape(r.unit()) + ")").append(" | ")
                    .append(escape(GateFormat.side(r.baselineCentre(), r.baselineSpread(), r.baselineForks(), r.baselineUnsteady()))).append(" | ")
                    .append(escape(GateFormat.side(r.candidateCentre(), r.candidateSpread(), r.candidateForks(), r.candidateUnsteady()))).append(" | ")
                    .append(escape(GateFormat.delta(r))).append(" | ").append(escape(GateFormat.p(r.pAdjusted()))).append(" | ")
                    .append(GateFormat.plainPercent(r.mde())).append(" | ").append(verdict).append(" |\n");
        }
    }

    /** Escapes what Markdown tables and inline HTML would misread. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("\n", " ");
    }

    private static String code(String s) {
        return s.replace("`", "'");
    }
}
