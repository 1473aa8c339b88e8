package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Horizontal stacked bars on a linear axis from zero: one bar per row, one segment per part, each
 * part with the same colour in every row, a legend of the parts under the title, and an optional
 * black tick per row marking a reference total (the whole operation the parts should add up to).
 *
 * <p>The axis is always linear: the length of a stacked segment on a log axis would not be its value.
 */
final class StackedBarFigure implements Figure {
    /**
     * One segment of a bar.
     *
     * @param part the part's name (legend entry and colour)
     * @param value its length (negative or non-finite values are drawn as 0 and kept in the hover text)
     */
    record Segment(String part, double value) {
    }

    /**
     * One bar.
     *
     * @param label the text left of the bar
     * @param segments its segments, left to right
     * @param total the reference total marked with a tick (NaN: none)
     */
    record Row(String label, List<Segment> segments, double total) {
        /** The drawn length: the sum of the positive segments. */
        double length() {
            return segments.stream().mapToDouble(s -> drawn(s.value())).sum();
        }
    }

    /** Colours of the parts, in first-seen order (the last part, a residual, may be given {@link #RESIDUAL_COLOUR}). */
    static final List<String> COLOURS = List.of("#1f4e9c", "#e8590c", "#2aa6a0", "#f59f00", "#6f8fc7", "#b3261e", "#7bc4d9",
            "#d6336c", "#0f7f8c", "#123a6b");
    /** The colour of the residual part named in the constructor. */
    static final String RESIDUAL_COLOUR = "#c8c8c8";
    private static final double TITLE = 28;
    private static final double LEGEND_LINE = 16;
    private static final double ROW = 22;
    private static final double BAR = 14;
    private static final double AXIS = 44;
    private static final double CHAR = 6.8;

    private final String title;
    private final String axisTitle;
    private final List<Row> rows;
    private final Map<String, String> colours = new LinkedHashMap<>();
    private final List<double[]> legendPositions = new ArrayList<>();
    private final int legendLines;
    private final Axis axis;
    private final int width;
    private final double left;
    private final double right;
    private final int height;

    /**
     * Lays the chart out.
     *
     * @param residual the name of the part drawn in grey (the unexplained rest), or null
     */
    StackedBarFigure(String title, String axisTitle, List<Row> rows, String residual, int width) {
        this.title = title;
        this.axisTitle = axisTitle;
        this.rows = List.copyOf(rows);
        this.width = width;
        Set<String> parts = new LinkedHashSet<>();
        double max = 0;
        int longest = 0;
        for (Row r : rows) {
            r.segments().forEach(s -> parts.add(s.part()));
            max = Math.max(max, r.length());
            if (Double.isFinite(r.total())) {
                max = Math.max(max, r.total());
            }
            longest = Math.max(longest, r.label().length());
        }
        int i = 0;
        for (String p : parts) {
            colours.put(p, p.equals(residual) ? RESIDUAL_COLOUR : COLOURS.get(i++ % COLOURS.size()));
        }
        this.axis = Axis.fit(List.of(0.0, max), false);
        this.left = Math.min(width * 0.42, Math.max(110, longest * CHAR + 14));
        this.right = width - 24;
        double x = 10;
        int line = 0;
        for (String p : colours.keySet()) {
            double w = 16 + p.length() * 7.0 + 18;
            if (x + w > width - 10 && x > 10) {
                x = 10;
                line++;
            }
            legendPositions.add(new double[] {x, line});
            x += w;
        }
        this.legendLines = colours.isEmpty() ? 0 : line + 1;
        this.height = (int) Math.ceil(TITLE + legendHeight() + 6 + rows.size() * ROW + AXIS);
    }

    private double legendHeight() {
        return legendLines * LEGEND_LINE + (legendLines > 0 ? 4 : 0);
    }

    private static double drawn(double v) {
        return Double.isFinite(v) && v > 0 ? v : 0;
    }

    /** The value axis (linear, from zero). */
    Axis axis() {
        return axis;
    }

    /** The colour of each part, in legend order. */
    Map<String, String> colours() {
        return java.util.Collections.unmodifiableMap(colours);
    }

    /** The bars. */
    List<Row> rows() {
        return rows;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("axis", "linear");
        a.put("axis-min", Double.toString(axis.min()));
        a.put("axis-max", Double.toString(axis.max()));
        a.put("stacked", "true");
        return a;
    }

    private double x(double v) {
        return axis.pixel(v, left, right);
    }

    @Override
    public void paint(Canvas c) {
        c.text(width / 2.0, 18, title, 13, Canvas.Anchor.MIDDLE, "#000000", true);
        int i = 0;
        for (Map.Entry<String, String> e : colours.entrySet()) {
            double lx = legendPositions.get(i)[0];
            double ly = TITLE - 4 + legendPositions.get(i)[1] * LEGEND_LINE;
            c.beginGroup("legend", null, Map.of("part", e.getKey(), "colour", e.getValue()));
            c.rect(lx, ly + 2, 11, 11, e.getValue());
            c.text(lx + 15, ly + 11.5, e.getKey(), 11, Canvas.Anchor.START, "#000000", false);
            c.endGroup();
            i++;
        }
        double top = TITLE + legendHeight() + 6;
        double bottom = height - AXIS;
        for (double t : axis.ticks()) {
            double px = x(t);
            c.line(px, top, px, bottom, "#e3e3e3", 1, false);
            c.text(px, bottom + 14, BarFigure.tick(t), 10, Canvas.Anchor.MIDDLE, "#333333", false);
        }
        c.line(left, bottom, right, bottom, "#333333", 1, false);
        c.text((left + right) / 2, bottom + 32, axisTitle, 11, Canvas.Anchor.MIDDLE, "#000000", false);
        double y = top;
        for (Row r : rows) {
            c.text(left - 6, y + BAR - 2, r.label(), 10.5, Canvas.Anchor.END, "#000000", false);
            double from = 0;
            for (Segment s : r.segments()) {
                double to = from + drawn(s.value());
                Map<String, String> data = new LinkedHashMap<>();
                data.put("row", r.label());
                data.put("part", s.part());
                data.put("value", Double.toString(s.value()));
                c.beginGroup("segment", r.label() + ": " + s.part() + " " + BarFigure.tick(s.value()) + " " + axisTitle, data);
                c.rect(x(from), y + 2, x(to) - x(from), BAR, colours.get(s.part()));
                c.endGroup();
                from = to;
            }
            if (Double.isFinite(r.total())) {
                double px = x(r.total());
                c.beginGroup("total", r.label() + ": whole " + BarFigure.tick(r.total()) + " " + axisTitle,
                        Map.of("row", r.label(), "value", Double.toString(r.total())));
                c.line(px, y, px, y + BAR + 4, "#000000", 2, false);
                c.endGroup();
            }
            y += ROW;
        }
    }
}
