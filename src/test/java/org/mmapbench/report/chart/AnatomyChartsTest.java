package org.mmapbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.report.Anatomy;
import org.mmapbench.report.AnatomyFixtures;

class AnatomyChartsTest {

    @Test
    void oneStackedChartPerComparisonWithAMeasuredWholeAndTheResidualOnTop(@TempDir Path dir) throws IOException {
        List<NamedChart> charts = AnatomyCharts.of(Anatomy.of(AnatomyFixtures.runs()), ChartOptions.DEFAULT);
        assertEquals(List.of("anatomy-read", "anatomy-find", "anatomy-regex", "anatomy-replace"), charts.stream().map(NamedChart::stem).toList(),
                "seekFind has no whole operation in the fixture");
        StackedBarFigure read = (StackedBarFigure) charts.get(0).figure();
        assertEquals("linear", read.attributes().get("axis"), "a stacked segment's length is its value only on a linear axis");
        assertEquals(StackedBarFigure.RESIDUAL_COLOUR, read.colours().get(AnatomyCharts.OTHER), read.colours().toString());
        // readAllBytes: steps 385 + other 15 = the whole 400
        StackedBarFigure.Row first = read.rows().get(0);
        assertEquals("readAllBytes", first.label());
        assertEquals(AnatomyCharts.OTHER, first.segments().get(first.segments().size() - 1).part(), "the residual comes last");
        assertEquals(400, first.length(), 1e-9);
        assertEquals(400, first.total(), 1e-9);
        for (NamedChart c : charts) {
            String svg = ChartWriter.write(c, dir);
            assertTrue(svg.contains("<svg"), c.stem());
            assertTrue(svg.contains("data-part=\"" + AnatomyCharts.OTHER + "\""), c.stem());
            assertTrue(Files.size(dir.resolve(c.stem() + ".png")) > 0, c.stem());
        }
    }
}
