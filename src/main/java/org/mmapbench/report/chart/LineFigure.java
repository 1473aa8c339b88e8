package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throughput against file size on log-log axes: one line per strategy in its {@link Palette} colour,
 * each point with its interval drawn as it is (a vertical line from low to high), crossovers as red
 * diamonds with their 95% interval, where there is one, as a horizontal red line at the diamond's height.
 * Or ({@link #overIterations}) a value against the measurement iteration on a linear x axis, each
 * point's vertical line the range over forks.
 */
final class LineFigure implements Figure {
    /** One measured point, with its interval (NaN bounds: none) and hover text. */
    record Point(double x, double y, double low, double high, String tooltip) {
    }

    /** The points of one strategy, in size order. */
    record Series(String strategy, List<Point> points) {
    }

    /** A crossover mark at (x, y), with its interval along x from {@code low} to {@code high} (NaN: none). */
    record Mark(double x, double y, double low, double high, String tooltip) {
        boolean hasInterval() {
            return Double.isFinite(low) && Double.isFinite(high);
        }
    }

    private static final double TOP = 28;
    private static final double LEFT = 70;
    private static final double BOTTOM = 46;

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final List<Series> series;
    private final List<Mark> marks;
    private final int width;
    private final int height;
    private final Axis xAxis;
    private final Axis yAxis;
    private final Legend legend;
    private final boolean sizeAxis;

    LineFigure(String title, String xTitle, String yTitle, List<Series> series, List<Mark> marks, int width, int height) {
        this(title, xTitle, yTitle, series, marks, width, height, true,
                "lines: 95% intervals" + (marks.isEmpty() ? "" : "; red diamonds: crossovers")
                        + (marks.stream().anyMatch(Mark::hasInterval) ? " (red lines: their 95% intervals)" : ""));
    }

    /**
     * A value against the measurement iteration (1, 2, ...) on a linear x axis, the y axis fitted to the
     * values; each point's line is the range over forks, as {@code note} says in the legend.
     */
    static LineFigure overIterations(String title, String yTitle, List<Series> series, String note, int width, int height) {
        return new LineFigure(title, "measurement iteration", yTitle, series, List.of(), width, height, false,
                note);
    }

    private LineFigure(String title, String xTitle, String yTitle, List<Series> series, List<Mark> marks, int width, int height,
                       boolean sizeAxis, String note) {
        this.sizeAxis = sizeAxis;
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.series = series;
        this.marks = marks;
        this.width = width;
        this.height = height;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        Set<String> strategies = new LinkedHashSet<>();
        for (Series s : series) {
            strategies.add(s.strategy());
            for (Point p : s.points()) {
                xs.add(p.x());
                ys.add(p.y());
                ys.add(p.low());
                ys.add(p.high());
            }
        }
        xAxis = sizeAxis ? Axis.fit(xs, true) : Axis.fitLinear(xs);
        yAxis = Axis.fit(ys, sizeAxis);
        legend = new Legend(strategies, 10, width - 20, note);
    }

    /** The crossover marks. */
    List<Mark> marks() {
        return marks;
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
        a.put("axis", yAxis.log() ? "log" : "linear");
        a.put("axis-min", Double.toString(yAxis.min()));
        a.put("axis-max", Double.toString(yAxis.max()));
        return a;
    }

    private double px(double v) {
        return xAxis.pixel(v, LEFT, width - 24);
    }

    private double py(double v) {
        return yAxis.pixel(v, height - BOTTOM, top());
    }

    private double top() {
        return TOP + legend.height() + 8;
    }

    /** A decimal byte count for an axis tick: {@code 1 kB}, {@code 10 MB}. */
    static String bytes(double t) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        int i = 0;
        double v = t;
        while (v >= 1000 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return BarFigure.tick(v) + " " + units[i];
    }

    @Override
    public void paint(Canvas c) {
        c.text(width / 2.0, 18, title, 13, Canvas.Anchor.MIDDLE, "#000000", true);
        legend.paint(c, TOP - 4);
        double bottom = height - BOTTOM;
        for (double t : xAxis.ticks()) {
            c.line(px(t), top(), px(t), bottom, "#e3e3e3", 1, false);
            c.text(px(t), bottom + 14, sizeAxis ? bytes(t) : BarFigure.tick(t), 10, Canvas.Anchor.MIDDLE, "#333333", false);
        }
        for (double t : yAxis.ticks()) {
            c.line(LEFT, py(t), width - 24, py(t), "#e3e3e3", 1, false);
            c.text(LEFT - 5, py(t) + 3.5, BarFigure.tick(t), 10, Canvas.Anchor.END, "#333333", false);
        }
        c.line(LEFT, bottom, width - 24, bottom, "#333333", 1, false);
        c.line(LEFT, top(), LEFT, bottom, "#333333", 1, false);
        c.text((LEFT + width - 24) / 2, bottom + 34, xTitle, 11, Canvas.Anchor.MIDDLE, "#000000", false);
        c.text(10, top() - 6, yTitle, 11, Canvas.Anchor.START, "#000000", false);
        for (Series s : series) {
            String colour = Palette.of(s.strategy());
            double[] xs = new double[s.points().size()];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = px(s.points().get(i).x());
                ys[i] = py(s.points().get(i).y());
            }
            c.beginGroup("series", s.strategy(), Map.of("strategy", s.strategy()));
            c.polyline(xs, ys, colour, 1.8);
            c.endGroup();
            for (Point p : s.points()) {
                Map<String, String> data = new LinkedHashMap<>();
                data.put("strategy", s.strategy());
                data.put("value", Double.toString(p.y()));
                boolean interval = Double.isFinite(p.low()) && Double.isFinite(p.high());
                if (interval) {
                    data.put("low", Double.toString(p.low()));
                    data.put("high", Double.toString(p.high()));
                }
                c.beginGroup("point", p.tooltip(), data);
                if (interval) {
                    c.line(px(p.x()), py(p.low()), px(p.x()), py(p.high()), colour, 1.2, false);
                }
                c.circle(px(p.x()), py(p.y()), 3.2, colour, "#000000");
                c.endGroup();
            }
        }
        for (Mark m : marks) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("x", Double.toString(m.x()));
            if (m.hasInterval()) {
                data.put("low", Double.toString(m.low()));
                data.put("high", Double.toString(m.high()));
            }
            c.beginGroup("crossover", m.tooltip(), data);
            if (m.hasInterval()) {
                double y = py(m.y());
                c.line(px(m.low()), y, px(m.high()), y, Palette.REFERENCE, 1.4, false);
                c.line(px(m.low()), y - 4, px(m.low()), y + 4, Palette.REFERENCE, 1.4, false);
                c.line(px(m.high()), y - 4, px(m.high()), y + 4, Palette.REFERENCE, 1.4, false);
            }
            c.diamond(px(m.x()), py(m.y()), 5, Palette.REFERENCE);
            c.endGroup();
        }
    }
}
