package org.mmapbench.gate;

import org.mmapbench.util.HtmlText;

/**
 * The gate's section of the HTML report: one self-contained {@code <section>} fragment with inline
 * styles only (no scripts, no external CSS), every text HTML-escaped, ready to be placed in any page.
 */
public final class GateHtml {

    private GateHtml() {
    }

    /** The {@code <section>} element for {@code result}. */
    public static String section(GateResult result) {
        StringBuilder sb = new StringBuilder();
        String colour = switch (result.outcome()) {
            case PASS -> "#1a7f37";
            case REGRESSED -> "#cf222e";
            case INCONCLUSIVE -> "#9a6700";
        };
        sb.append("<section id=\"gate\" style=\"font-family:sans-serif;margin:1em 0\">\n");
        sb.append("<h2>Regression gate</h2>\n");
        sb.append("<p style=\"font-weight:bold;color:").append(colour).append("\">").append(escape(result.headline()))
                .append("</p>\n");
        sb.append("<p>Baseline <code>").append(escape(result.baselineRun())).append("</code>, candidate <code>")
                .append(escape(result.candidateRun())).append("</code>. ").append(escape(GateFormat.method(result)))
                .append(".</p>\n");
        if (!result.environment().comparable()) {
            sb.append("<p>Environments differ: ").append(escape(result.environment().describe())).append(".</p>\n");
        }
        if (!result.rows().isEmpty()) {
            String th = "<th style=\"text-align:left;border-bottom:1px solid #888;padding:2px 6px\">";
            sb.append("<table style=\"border-collapse:collapse;font-size:0.9em\">\n<thead><tr>");
            for (String h : new String[] {"benchmark", "metric", "baseline", "candidate", "delta [95% CI]", "p (Holm)", "MDE",
                "verdict", "note"}) {
                sb.append(th).append(escape(h)).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (GateRow r : result.rows()) {
                String td = "<td style=\"padding:2px 6px;border-bottom:1px solid #ddd\">";
                String num = "<td style=\"padding:2px 6px;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap\">";
                sb.append("<tr>").append(td).append(escape(r.name())).append("</td>")
                        .append(td).append(escape(r.metric() + (r.unit() == null ? "" : " (" + r.unit() + ")"))).append("</td>")
                        .append(num).append(escape(GateFormat.side(r.baselineCentre(), r.baselineSpread(), r.baselineForks(), r.baselineUnsteady()))).append("</td>")
                        .append(num).append(escape(GateFormat.side(r.candidateCentre(), r.candidateSpread(), r.candidateForks(), r.candidateUnsteady()))).append("</td>")
                        .append(num).append(escape(GateFormat.delta(r))).append("</td>")
                        .append(num).append(escape(GateFormat.p(r.pAdjusted()))).append("</td>")
                        .append(num).append(escape(GateFormat.plainPercent(r.mde()))).append("</td>")
                        .append("<td style=\"padding:2px 6px;border-bottom:1px solid #ddd;font-weight:bold;color:")
                        .append(verdictColour(r.verdict())).append("\">").append(escape(r.verdict().label())).append("</td>")
                        .append(td).append(escape(r.note())).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
            sb.append("<p style=\"font-size:0.85em\">Baseline and candidate: geometric mean of per-fork medians "
                    + "&plusmn; between-fork spread (forks, and how many of them are unsteady when any). MDE: the smallest change this row would flag in 80% of runs.</p>\n");
        }
        sb.append("</section>\n");
        return sb.toString();
    }

    private static String verdictColour(Verdict v) {
        return switch (v) {
            case REGRESSED -> "#cf222e";
            case IMPROVED -> "#1a7f37";
            case INCONCLUSIVE, MISSING -> "#9a6700";
            default -> "#57606a";
        };
    }

    /** Escapes {@code & < > " '} with the report's escaping, so both parts of a page agree. */
    static String escape(String s) {
        return HtmlText.escape(s);
    }
}
