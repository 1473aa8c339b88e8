package org.mmapbench.report.chart;

import java.util.Locale;
import java.util.Map;
import org.mmapbench.util.HtmlText;

/**
 * A {@link Canvas} that writes compact SVG: text as {@code <text>} in DejaVu Sans or the generic
 * sans-serif family, coordinates rounded to 0.1 px, hover text as {@code <title>}.
 */
final class SvgCanvas implements Canvas {
    private final StringBuilder sb = new StringBuilder(16 * 1024);

    SvgCanvas(int width, int height, Map<String, String> attributes) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"'DejaVu Sans',Verdana,sans-serif\"");
        attributes(attributes);
        sb.append(">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /** A coordinate with at most one decimal; never NaN (callers only pass finite values). */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite coordinate: " + v);
        }
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    private void attributes(Map<String, String> attributes) {
        attributes.forEach((k, v) -> sb.append(" data-").append(k).append("=\"").append(HtmlText.escape(v)).append('"'));
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(0, w)))
                .append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"").append(fill).append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(num(width)).append('"').append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, String colour, double width) {
        sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(num(width)).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            sb.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        sb.append("\"/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            sb.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"");
        }
        sb.append("/>\n");
    }

    @Override
    public void diamond(double cx, double cy, double r, String fill) {
        sb.append("<path d=\"M").append(num(cx)).append(' ').append(num(cy - r)).append("L").append(num(cx + r)).append(' ').append(num(cy))
                .append("L").append(num(cx)).append(' ').append(num(cy + r)).append("L").append(num(cx - r)).append(' ').append(num(cy))
                .append("Z\" fill=\"").append(fill).append("\"/>\n");
    }

    @Override
    public void text(double x, double y, String s, double size, Anchor anchor, String colour, boolean bold) {
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size)).append('"');
        if (anchor != Anchor.START) {
            sb.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (!colour.equals("#000000")) {
            sb.append(" fill=\"").append(colour).append('"');
        }
        if (bold) {
            sb.append(" font-weight=\"bold\"");
        }
        sb.append('>').append(HtmlText.escape(s)).append("</text>\n");
    }

    @Override
    public void beginGroup(String cssClass, String tooltip, Map<String, String> attributes) {
        sb.append("<g class=\"").append(HtmlText.escape(cssClass)).append('"');
        attributes(attributes);
        sb.append('>');
        if (tooltip != null) {
            sb.append("<title>").append(HtmlText.escape(tooltip)).append("</title>");
        }
        sb.append('\n');
    }

    @Override
    public void endGroup() {
        sb.append("</g>\n");
    }

    /** The finished document. */
    String finish() {
        return sb.append("</svg>\n").toString();
    }
}
