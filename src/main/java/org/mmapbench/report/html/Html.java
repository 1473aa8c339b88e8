package org.mmapbench.report.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML helpers: text escaping and preparing XChart SVG for inlining. */
public final class Html {
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
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
        s = s.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + escape(label).replace("$", "\\$") + "\" class=\"chart\" ");
        return s;
    }
}
