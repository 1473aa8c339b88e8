package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mmapbench.results.StrategyPairs;

/**
 * The strategy legend drawn under a chart's title: regular strategies first, then mapped ones, each
 * with its {@link Palette} colour, wrapped onto as many lines as the width needs.
 */
final class Legend {
    static final double LINE = 16;
    private static final double CHAR = 7.0;
    private final List<String> entries;
    private final String note;
    private final List<double[]> positions = new ArrayList<>();
    private final int lines;

    Legend(Collection<String> strategies, double left, double width, String note) {
        Set<String> regular = new LinkedHashSet<>();
        Set<String> mapped = new LinkedHashSet<>();
        for (String s : Palette.REGULAR) {
            if (strategies.contains(s)) {
                regular.add(s);
            }
        }
        for (String s : Palette.MAPPED) {
            if (strategies.contains(s)) {
                mapped.add(s);
            }
        }
        for (String s : strategies) {
            if (s != null && !s.isEmpty()) {
                (StrategyPairs.isMapped(s) ? mapped : regular).add(s);
            }
        }
        entries = new ArrayList<>();
        entries.addAll(regular);
        entries.addAll(mapped);
        if (note != null) {
            entries.add(note);
        }
        double x = left;
        int line = 0;
        for (String e : entries) {
            double w = 16 + e.length() * CHAR + 18;
            if (x + w > left + width && x > left) {
                x = left;
                line++;
            }
            positions.add(new double[] {x, line});
            x += w;
        }
        lines = entries.isEmpty() ? 0 : line + 1;
        this.note = note;
    }

    /** The height the legend takes. */
    double height() {
        return lines * LINE + (lines > 0 ? 4 : 0);
    }

    /** Draws the legend with its first line's top at {@code top}. */
    void paint(Canvas c, double top) {
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i);
            double x = positions.get(i)[0];
            double y = top + positions.get(i)[1] * LINE;
            boolean isNote = note != null && i == entries.size() - 1;
            if (!isNote) {
                c.beginGroup("legend", null, java.util.Map.of("strategy", e, "colour", Palette.of(e)));
                c.rect(x, y + 2, 11, 11, Palette.of(e));
                c.text(x + 15, y + 11.5, e, 11, Canvas.Anchor.START, "#000000", false);
                c.endGroup();
            } else {
                c.text(x, y + 11.5, e, 10.5, Canvas.Anchor.START, "#555555", false);
            }
        }
    }
}
