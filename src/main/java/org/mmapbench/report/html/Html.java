package org.mmapbench.report.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmapbench.util.HtmlText;

/** Preparing XChart SVG for inlining into the HTML report. */
public final class Html {
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private Html() {
    }

    /**
     * An SVG document ready to inline: without XML declaration and DOCTYPE (whose DTD is a URL), with
     * every id and {@code url(#...)}/{@code href="#..."} reference prefixed by {@code prefix} so that
     * several inlined charts cannot clash, scaled to the page width, and labelled for screen readers.
     */
    public static String inlineSvg(String svg, String prefix, String label) {
        String s = svg.replaceFirst("(?s)^\\s*<\\?xml[^>]*\\?>", "").replaceFirst("(?s)^\\s*<!DOCTYPE[^>]*>", "").trim();
        Matcher m = ID.matcher(s);
        s = m.replaceAll(r -> Matcher.quoteReplacement("id=\"" + prefix + "-" + r.group(1) + "\""));
        s = s.replace("url(#", "url(#" + prefix + "-").replace("href=\"#", "href=\"#" + prefix + "-");
        s = s.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + HtmlText.escape(label).replace("$", "\\$") + "\" class=\"chart\" ");
        return s;
    }
}
