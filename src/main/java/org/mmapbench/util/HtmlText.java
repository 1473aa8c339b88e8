package org.mmapbench.util;

/** Escaping of text for HTML element content and quoted attribute values (the report and the gate both write HTML). */
public final class HtmlText {

    private HtmlText() {
    }

    /** Escapes {@code &}, {@code <}, {@code >}, both quotes; null becomes the empty string. */
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
}
