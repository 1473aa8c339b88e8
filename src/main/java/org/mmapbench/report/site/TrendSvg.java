package org.mmapbench.report.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mmapbench.report.Numbers;
import org.mmapbench.util.HtmlText;

/**
 * A small inline SVG trend chart: one value per run in time order, with its 95% interval drawn as a
 * vertical line, one line per environment (a change of machine starts another line, never continues
 * one), and marked points where the gate between consecutive runs of one environment said
 * <em>regressed</em> (a red downward triangle) or <em>improved</em> (a green upward one).
 *
 * <p>Text is SVG {@code <text>} in a generic font family, and every point carries a {@code <title>}
 * with its value, interval and run, so the chart stays light and readable on hover. Values spanning
 * more than 10x (all positive) are drawn on a logarithmic axis.
 */
final class TrendSvg {
    static final int WIDTH = 720;
    static final int HEIGHT = 190;
    private static final int LEFT = 72;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int BOTTOM = 28;
    /** One colour per environment, in order of first appearance. */
    static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#7f7f7f"};

    /** One value: the run's position in time order, the value and its interval, a mark and the hover text. */
    record Point(int x, double value, double low, double high, String mark, String title) {
    }

    /** The points of one environment, in time order. */
    record Series(int colour, List<Point> points) {
    }

    private TrendSvg() {
    }

    /** The chart for {@code runs} runs in time order, with a y axis labelled {@code unit}; {@code reference} draws a dashed line (e.g. 1 for speedups), NaN for none. */
    static String render(int runs, List<Series> series, String unit, double reference, String label) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (Point p : s.points()) {
                for (double v : new double[] {p.value(), p.low(), p.high()}) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        if (Double.isFinite(reference)) {
            min = Math.min(min, reference);
            max = Math.max(max, reference);
        }
        if (!Double.isFinite(min)) {
            min = 0;
            max = 1;
        }
        boolean log = min > 0 && max / min > 10;
        Axis y = log ? new Axis(Math.log10(min), Math.log10(max), true) : new Axis(Math.min(0, min), max, false);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(HtmlText.escape(label)).append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">");
        sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(WIDTH - LEFT - RIGHT)
                .append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\" fill=\"none\" stroke=\"#ccc\"/>");
        for (double t : y.ticks()) {
            int py = y.pixel(t);
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(py).append("\" y2=\"")
                    .append(py).append("\" stroke=\"#eee\"/><text x=\"").append(LEFT - 4).append("\" y=\"").append(py + 4)
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(Numbers.human(y.value(t)))).append("</text>");
        }
        sb.append("<text x=\"12\" y=\"").append(TOP + (HEIGHT - TOP - BOTTOM) / 2).append("\" transform=\"rotate(-90 12 ")
                .append(TOP + (HEIGHT - TOP - BOTTOM) / 2).append(")\" text-anchor=\"middle\">").append(HtmlText.escape(unit + (log ? " (log)" : "")))
                .append("</text>");
        int step = Math.max(1, (int) Math.ceil(runs / 10.0));
        for (int i = 0; i < runs; i += step) {
            sb.append("<text x=\"").append(x(i, runs)).append("\" y=\"").append(HEIGHT - 10).append("\" text-anchor=\"middle\">#")
                    .append(i + 1).append("</text>");
        }
        if (Double.isFinite(reference)) {
            int py = y.pixel(y.scale(reference));
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(py).append("\" y2=\"")
                    .append(py).append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>");
        }
        for (Series s : series) {
            String colour = COLOURS[s.colour() % COLOURS.length];
            if (s.points().size() > 1) {
                sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" points=\"");
                for (Point p : s.points()) {
                    if (Double.isFinite(p.value())) {
                        sb.append(x(p.x(), runs)).append(',').append(y.pixel(y.scale(p.value()))).append(' ');
                    }
                }
                sb.append("\"/>");
            }
            for (Point p : s.points()) {
                if (!Double.isFinite(p.value())) {
                    continue;
                }
                int px = x(p.x(), runs);
                int py = y.pixel(y.scale(p.value()));
                sb.append("<g>");
                if (Double.isFinite(p.low()) && Double.isFinite(p.high())) {
                    sb.append("<line x1=\"").append(px).append("\" x2=\"").append(px).append("\" y1=\"").append(y.pixel(y.scale(p.low())))
                            .append("\" y2=\"").append(y.pixel(y.scale(p.high()))).append("\" stroke=\"").append(colour)
                            .append("\" stroke-opacity=\"0.6\"/>");
                }
                if (p.mark() == null) {
                    sb.append("<circle cx=\"").append(px).append("\" cy=\"").append(py).append("\" r=\"2.5\" fill=\"").append(colour).append("\"/>");
                } else {
                    boolean down = p.mark().equals("regressed");
                    sb.append("<path class=\"").append(p.mark()).append("\" d=\"").append(down
                            ? String.format(Locale.ROOT, "M%d %dl-6 -9h12z", px, py + 5)
                            : String.format(Locale.ROOT, "M%d %dl-6 9h12z", px, py - 5))
                            .append("\" fill=\"").append(down ? "#d62728" : "#2ca02c").append("\" stroke=\"#000\" stroke-width=\"0.5\"/>");
                }
                sb.append("<title>").append(HtmlText.escape(p.title())).append("</title></g>");
            }
        }
        return sb.append("</svg>").toString();
    }

    private static int x(int i, int runs) {
        int plot = WIDTH - LEFT - RIGHT - 16;
        return LEFT + 8 + (runs <= 1 ? plot / 2 : (int) Math.round((double) i * plot / (runs - 1)));
    }

    /** The y axis: linear, or log10 with values passed through {@link #scale}. */
    private record Axis(double lo, double hi, boolean log) {
        Axis {
            if (hi <= lo) {
                double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
                lo -= log ? 0.05 : (lo > 0 ? pad : 0);
                hi += log ? 0.05 : pad;
            }
        }

        double scale(double v) {
            return log ? Math.log10(v) : v;
        }

        double value(double scaled) {
            return log ? Math.pow(10, scaled) : scaled;
        }

        int pixel(double scaled) {
            double span = HEIGHT - TOP - BOTTOM - 8;
            return (int) Math.round(TOP + 4 + span - (scaled - lo) / (hi - lo) * span);
        }

        List<Double> ticks() {
            List<Double> t = new ArrayList<>();
            if (log) {
                for (double d = Math.ceil(lo); d <= hi + 1e-9; d++) {
                    t.add(d);
                }
                if (t.size() < 2) {
                    t.add(lo);
                    t.add(hi);
                }
                return t;
            }
            double raw = (hi - lo) / 4;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double unit = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
            for (double v = Math.ceil(lo / unit) * unit; v <= hi + unit * 1e-9; v += unit) {
                t.add(v);
            }
            return t;
        }
    }
}
