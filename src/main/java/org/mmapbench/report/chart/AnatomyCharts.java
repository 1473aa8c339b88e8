package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mmapbench.report.Anatomy;

/**
 * The cost anatomy's stacked bars: one chart per comparison, one bar per side whose whole operation
 * was measured, one stacked segment per measured step and a residual "other (not explained)" on top
 * (whole minus the steps, when positive), and a tick at the whole operation's time. A bar longer than
 * its tick means the steps over-count it.
 */
public final class AnatomyCharts {
    /** The series of the residual. */
    public static final String OTHER = "other (not explained)";

    private AnatomyCharts() {
    }

    /**
     * One chart per comparison that has at least one side with its whole operation measured; none when
     * no step was measured (the report's section then says what to run).
     */
    public static List<NamedChart> of(List<Anatomy.Comparison> comparisons, ChartOptions o) {
        List<NamedChart> out = new ArrayList<>();
        boolean anyStep = comparisons.stream().flatMap(c -> c.sides().stream()).flatMap(s -> s.parts().stream()).anyMatch(p -> p.time() != null);
        if (!anyStep) {
            return out;
        }
        for (Anatomy.Comparison c : comparisons) {
            List<Anatomy.Side> sides = c.sides().stream().filter(s -> s.whole() != null).toList();
            if (sides.isEmpty()) {
                continue;
            }
            String workload = c.spec().workload();
            List<StackedBarFigure.Row> rows = new ArrayList<>();
            for (Anatomy.Side s : sides) {
                List<StackedBarFigure.Segment> segments = new ArrayList<>();
                Set<String> steps = new LinkedHashSet<>();
                s.parts().forEach(p -> steps.add(p.step().label()));
                for (String label : steps) {
                    segments.add(new StackedBarFigure.Segment(label, s.parts().stream()
                            .filter(p -> p.step().label().equals(label) && p.time() != null).mapToDouble(p -> p.time().micros()).sum()));
                }
                segments.add(new StackedBarFigure.Segment(OTHER, s.otherMicros()));
                rows.add(new StackedBarFigure.Row(s.spec().strategy(), segments, s.whole().micros()));
            }
            StackedBarFigure f = new StackedBarFigure("Cost anatomy: " + workload + " on " + Anatomy.CORPUS + " (fair, warm; µs per operation)",
                    "µs/op", rows, OTHER, o.width());
            out.add(new NamedChart("anatomy-" + Charts.safe(workload), "anatomy", "anatomy",
                    "Cost anatomy of " + workload + " on " + Anatomy.CORPUS + ": the measured time of each step of each side,"
                            + " stacked, with the unexplained rest last and a black tick at the whole operation.", f));
        }
        return out;
    }
}
