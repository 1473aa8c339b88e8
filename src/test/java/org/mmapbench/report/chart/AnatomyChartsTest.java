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
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.mmapbench.report.Anatomy;
import org.mmapbench.report.AnatomyFixtures;

class AnatomyChartsTest {

    @Test
    void oneStackedChartPerComparisonWithAMeasuredWholeAndTheResidualOnTop(@TempDir Path dir) throws IOException {
        List<NamedChart> charts = AnatomyCharts.of(Anatomy.of(AnatomyFixtures.runs()), ChartOptions.DEFAULT);
        assertEquals(List.of("anatomy-read", "anatomy-find", "anatomy-regex", "anatomy-replace"), charts.stream().map(NamedChart::stem).toList(),
                "seekFind has no whole operation in the fixture");
        CategoryChart read = (CategoryChart) charts.get(0).chart();
        assertTrue(read.getStyler().isStacked());
        Map<String, CategorySeries> series = read.getSeriesMap();
        assertTrue(series.containsKey(AnatomyCharts.OTHER), series.keySet().toString());
        // readAllBytes: steps 385 + other 15 = the whole 400
        double total = 0;
        for (CategorySeries s : series.values()) {
            total += s.getYData().iterator().next().doubleValue();
        }
        assertEquals(400, total, 1e-9);
        for (NamedChart c : charts) {
            String svg = ChartWriter.write(c, dir);
            assertTrue(svg.contains("<svg"), c.stem());
            assertTrue(Files.size(dir.resolve(c.stem() + ".png")) > 0, c.stem());
        }
    }
}
