package org.mmapbench.report.chart;

/** A chart laid out in pixels that can paint itself onto any {@link Canvas}. */
public interface Figure {
    /** Width in pixels. */
    int width();

    /** Height in pixels. */
    int height();

    /** Attributes of the whole drawing ({@code data-*} on the SVG root), e.g. the value axis, for tests and scripts. */
    java.util.Map<String, String> attributes();

    /** Draws the chart. */
    void paint(Canvas c);
}
