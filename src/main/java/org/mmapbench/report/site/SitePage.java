package org.mmapbench.report.site;

import org.mmapbench.report.Numbers;
import org.mmapbench.stats.Interval;
import org.mmapbench.util.HtmlText;

/** The frame every page of the history site shares: head, style, navigation; and the small formatting helpers. */
final class SitePage {
    private static final String STYLE = "body{font-family:DejaVu Sans,sans-serif;margin:1.5em;max-width:78em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.differs td{background:#fff4e0}"
            + ".regressed{color:#b00}.improved{color:#070}nav a{margin-right:1em}svg.trend{display:block;margin:.3em 0 1em}"
            + "h2{margin-top:1.6em;font-size:1.1em}.muted{color:#666}";

    private SitePage() {
    }

    /** The start of a page titled {@code title}, whose links to the site root go through {@code root} ({@code ""} or {@code "../"}). */
    static StringBuilder start(String title, String root) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<nav><a href=\"").append(root)
                .append("index.html\">All runs</a><a href=\"").append(root).append(SiteModel.SPEEDUP_PAGE)
                .append("\">Speedups</a></nav>\n<h1>").append(esc(title)).append("</h1>\n");
        return h;
    }

    /** Closes a page. */
    static String end(StringBuilder h) {
        return h.append("</body>\n</html>\n").toString();
    }

    static String esc(String s) {
        return HtmlText.escape(s);
    }

    /** A file name for {@code id}: letters, digits, '.', '-' and '_' only, never empty or a dot name. */
    static String fileName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "r" + s : s;
    }

    /** An interval for people: {@code 1.02 to 1.10}, or {@code -}. */
    static String interval(Interval ci) {
        return ci != null && ci.known() ? Numbers.human(ci.low()) + " to " + Numbers.human(ci.high()) : "-";
    }

    /** A change as a signed percentage: {@code +12.3%}. */
    static String percent(double delta) {
        return Double.isFinite(delta) ? String.format(java.util.Locale.ROOT, "%+.1f%%", delta * 100) : "n/a";
    }

    /** The first 10 characters of a commit, or {@code -}. */
    static String commit(String sha) {
        return sha == null || sha.isBlank() || sha.equals("unknown") ? "-" : sha.length() > 10 ? sha.substring(0, 10) : sha;
    }
}
