package org.mmapbench.report.chart;

import java.util.Map;

/**
 * The drawing primitives a chart needs, in pixels with y growing downwards, implemented once for SVG
 * ({@link SvgCanvas}) and once for bitmaps ({@link PngCanvas}), so both files show the same drawing.
 *
 * <p>Colours are {@code #rrggbb}. Text is drawn as text (SVG {@code <text>}), never as outlines.
 */
public interface Canvas {
    /** Horizontal alignment of text relative to its x coordinate. */
    enum Anchor { START, MIDDLE, END }

    /** A filled rectangle. */
    void rect(double x, double y, double w, double h, String fill);

    /** A straight line. */
    void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed);

    /** An open polyline through the points {@code xs[i], ys[i]}. */
    void polyline(double[] xs, double[] ys, String colour, double width);

    /** A filled circle. */
    void circle(double cx, double cy, double r, String fill, String stroke);

    /** A filled diamond centred on a point. */
    void diamond(double cx, double cy, double r, String fill);

    /** One line of text with its baseline at {@code y}. */
    void text(double x, double y, String s, double size, Anchor anchor, String colour, boolean bold);

    /**
     * Starts a group of marks that belong together (one bar with its interval and fork medians):
     * {@code tooltip} is shown on hover (SVG {@code <title>}), {@code attributes} are written as
     * {@code data-*} attributes so tests and scripts can read what a mark stands for.
     */
    void beginGroup(String cssClass, String tooltip, Map<String, String> attributes);

    /** Ends the innermost group. */
    void endGroup();
}
