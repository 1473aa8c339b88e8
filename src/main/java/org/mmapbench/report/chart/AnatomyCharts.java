package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.mmapbench.report.Anatomy;

/**
 * The cost anatomy's stacked bars: one chart per comparison, one bar per side whose whole operation
 * was measured, one stacked segment per measured step and a residual "other (not explained)" on top
 * (whole minus the steps, when positive). A bar taller than its whole means the steps over-count it.
 */
public final class AnatomyCharts {
    /** The series of the residual. */
    public static final String OTHER = "other (not explained)";

    private AnatomyCharts() {
    }

    /** One chart per comparison that has at least one side with its whole operation measured. */
    public static List<NamedChart> of(List<Anatomy.Comparison> comparisons, ChartOptions o) {
        List<NamedChart> out = new ArrayList<>();
        for (Anatomy.Comparison c : comparisons) {
            List<Anatomy.Side> sides = c.sides().stream().filter(s -> s.whole() != null).toList();
            if (sides.isEmpty()) {
                continue;
            }
            List<String> cats = sides.stream().map(s -> s.spec().strategy()).toList();
            Set<String> steps = new LinkedHashSet<>();
            for (Anatomy.Side s : sides) {
                for (Anatomy.Part p : s.parts()) {
                    steps.add(p.step().label());
                }
            }
            String workload = c.spec().workload();
            CategoryChart chart = new CategoryChartBuilder().width(o.width()).height(o.height())
                    .title("Cost anatomy: " + workload + " on " + Anatomy.CORPUS + " (fair, warm; µs per operation)")
                    .xAxisTitle("").yAxisTitle("µs/op").build();
            Charts.style(chart.getStyler());
            chart.getStyler().setLocale(Locale.ROOT);
            chart.getStyler().setStacked(true);
            chart.getStyler().setOverlapped(false);
            for (String label : steps) {
                List<Double> ys = new ArrayList<>();
                for (Anatomy.Side s : sides) {
                    ys.add(s.parts().stream().filter(p -> p.step().label().equals(label) && p.time() != null)
                            .mapToDouble(p -> p.time().micros()).sum());
                }
                chart.addSeries(label, cats, ys);
            }
            chart.addSeries(OTHER, cats, sides.stream().map(Anatomy.Side::otherMicros).toList());
            out.add(new NamedChart("anatomy-" + Charts.safe(workload), "anatomy", "anatomy",
                    "Cost anatomy of " + workload + " on " + Anatomy.CORPUS + ": the measured time of each step of each side,"
                            + " stacked, with the unexplained rest on top.", chart));
        }
        return out;
    }
}
