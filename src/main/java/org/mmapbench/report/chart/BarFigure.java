package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mmapbench.util.Decimals;

/**
 * Horizontal bars in labelled groups, one colour per strategy ({@link Palette}), each bar with its
 * interval drawn as it is (from its low to its high bound, asymmetric, never below the axis) and
 * every fork median as a dot just under the bar.
 *
 * <p>The value axis is fitted to every value, bound and dot ({@link Axis#fit}): logarithmic when
 * they span more than 10x. Bars start at {@code base} (0 for times, 1 for speedups); on a log axis a
 * bound at or below zero is drawn to the axis start without an end cap, and its true value is in
 * the hover text and the {@code data-low} attribute.
 */
final class BarFigure implements Figure {
    /**
     * One bar.
     *
     * @param label the text left of the bar
     * @param strategy the access strategy that decides the colour (null: neutral grey)
     * @param value the bar's value
     * @param low the interval's low bound (NaN: no interval)
     * @param high the interval's high bound (NaN: no interval)
     * @param dots fork medians (empty: none)
     * @param tooltip the hover text
     * @param data {@code data-*} attributes of the bar's group
     */
    record Bar(String label, String strategy, double value, double low, double high, double[] dots, String tooltip,
            Map<String, String> data) {
        boolean hasInterval() {
            return Double.isFinite(low) && Double.isFinite(high);
        }
    }

    /** A group of bars under one heading (e.g. a corpus and cache state). */
    record Group(String heading, List<Bar> bars) {
    }

    static final double TITLE = 28;
    static final double HEADING = 18;
    static final double ROW_WITH_DOTS = 19;
    static final double ROW = 15;
    static final double BAR = 9;
    static final double AXIS = 44;
    private static final double CHAR = 6.8;

    private final String title;
    private final String axisTitle;
    private final List<Group> groups;
    private final Axis axis;
    private final double base;
    private final double reference;
    private final int width;
    private final double left;
    private final double right;
    private final Legend legend;
    private final boolean dots;
    private final int height;

    /**
     * Lays the chart out.
     *
     * @param base where bars start (0, or 1 for speedups)
     * @param reference a value marked by a dashed red line (NaN: none)
     * @param forceLog draw a log axis even when values span less than 10x
     */
    BarFigure(String title, String axisTitle, List<Group> groups, double base, double reference, boolean forceLog, int width) {
        this.title = title;
        this.axisTitle = axisTitle;
        this.groups = groups;
        this.base = base;
        this.reference = reference;
        this.width = width;
        List<Double> values = new ArrayList<>();
        Set<String> strategies = new LinkedHashSet<>();
        boolean anyDots = false;
        boolean anyInterval = false;
        int longest = 0;
        for (Group g : groups) {
            for (Bar b : g.bars()) {
                values.add(b.value());
                if (b.hasInterval()) {
                    values.add(b.low());
                    values.add(b.high());
                    anyInterval = true;
                }
                for (double d : b.dots()) {
                    values.add(d);
                }
                anyDots |= b.dots().length > 0;
                strategies.add(b.strategy());
                longest = Math.max(longest, b.label().length());
            }
        }
        if (Double.isFinite(reference)) {
            values.add(reference);
        }
        values.add(base);
        Axis fitted = Axis.fit(values, forceLog);
        this.axis = fitted;
        this.dots = anyDots;
        this.left = Math.min(width * 0.42, Math.max(120, longest * CHAR + 14));
        this.right = width - 24;
        List<String> notes = new ArrayList<>();
        if (anyDots) {
            notes.add("dots: fork medians");
        }
        if (anyInterval) {
            notes.add("lines: 95% intervals");
        }
        if (axis.log()) {
            notes.add("log scale");
        }
        this.legend = new Legend(strategies, 10, width - 20, notes.isEmpty() ? null : String.join("; ", notes));
        double h = TITLE + legend.height() + 6;
        for (Group g : groups) {
            h += (g.heading().isEmpty() ? 0 : HEADING) + g.bars().size() * rowHeight();
        }
        this.height = (int) Math.ceil(h + AXIS);
    }

    private double rowHeight() {
        return dots ? ROW_WITH_DOTS : ROW;
    }

    /** The value axis. */
    Axis axis() {
        return axis;
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
        a.put("axis", axis.log() ? "log" : "linear");
        a.put("axis-min", Double.toString(axis.min()));
        a.put("axis-max", Double.toString(axis.max()));
        a.put("plot-left", Double.toString(left));
        a.put("plot-right", Double.toString(right));
        return a;
    }

    private double x(double v) {
        return axis.pixel(v, left, right);
    }

    @Override
    public void paint(Canvas c) {
        c.text(width / 2.0, 18, title, 13, Canvas.Anchor.MIDDLE, "#000000", true);
        legend.paint(c, TITLE - 4);
        double top = TITLE + legend.height() + 6;
        double bottom = height - AXIS;
        for (double t : axis.ticks()) {
            double px = x(t);
            c.line(px, top, px, bottom, "#e3e3e3", 1, false);
            c.text(px, bottom + 14, tick(t), 10, Canvas.Anchor.MIDDLE, "#333333", false);
        }
        c.line(left, bottom, right, bottom, "#333333", 1, false);
        c.text((left + right) / 2, bottom + 32, axisTitle, 11, Canvas.Anchor.MIDDLE, "#000000", false);
        double y = top;
        for (Group g : groups) {
            if (!g.heading().isEmpty()) {
                c.text(10, y + 13, g.heading(), 11, Canvas.Anchor.START, "#000000", true);
                c.line(10, y + HEADING - 1, right, y + HEADING - 1, "#cccccc", 0.6, false);
                y += HEADING;
            }
            for (Bar b : g.bars()) {
                paintBar(c, b, y);
                y += rowHeight();
            }
        }
        if (Double.isFinite(reference)) {
            double px = x(reference);
            c.line(px, top, px, bottom, Palette.REFERENCE, 1.2, true);
        }
    }

    private void paintBar(Canvas c, Bar b, double y) {
        Map<String, String> data = new LinkedHashMap<>(b.data());
        data.put("strategy", b.strategy() == null ? "" : b.strategy());
        data.put("value", Double.toString(b.value()));
        if (b.hasInterval()) {
            data.put("low", Double.toString(b.low()));
            data.put("high", Double.toString(b.high()));
        }
        String colour = Palette.of(b.strategy());
        c.beginGroup("bar", b.tooltip(), data);
        c.text(left - 6, y + BAR, fit(b.label()), 10.5, Canvas.Anchor.END, "#000000", false);
        double from = x(base);
        double to = x(b.value());
        c.rect(Math.min(from, to), y + 1, Math.abs(to - from), BAR, colour);
        if (b.hasInterval()) {
            double mid = y + 1 + BAR / 2;
            double lo = x(b.low());
            double hi = x(b.high());
            c.line(lo, mid, hi, mid, "#000000", 1.2, false);
            if (axis.contains(b.low())) {
                c.line(lo, mid - 4, lo, mid + 4, "#000000", 1.2, false);
            }
            if (axis.contains(b.high())) {
                c.line(hi, mid - 4, hi, mid + 4, "#000000", 1.2, false);
            }
        }
        for (double d : b.dots()) {
            if (Double.isFinite(d)) {
                c.circle(x(d), y + BAR + 5, 2.2, colour, "#000000");
            }
        }
        c.endGroup();
    }

    private String fit(String label) {
        int max = (int) ((left - 12) / CHAR);
        return label.length() <= max ? label : label.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    /** A tick label: at most three significant digits. */
    static String tick(double v) {
        return v == 0 ? "0" : Decimals.significant(v, 3);
    }
}
