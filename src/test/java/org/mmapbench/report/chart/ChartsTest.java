package org.mmapbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.report.Fixtures;
import org.mmapbench.report.ReportData;

/** Renders every chart of the rich fixture headlessly, linear and log scale, as PNG and SVG. */
class ChartsTest {

    @Test
    void rendersEveryChartAsPngAndSvg(@TempDir Path tmp) throws IOException {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        for (ChartOptions o : List.of(ChartOptions.DEFAULT, new ChartOptions(true, 800, 400))) {
            Path dir = Files.createDirectories(tmp.resolve(o.logScale() ? "log" : "linear"));
            List<NamedChart> charts = Charts.all(d, o);
            Set<String> kinds = new HashSet<>();
            Set<String> stems = new HashSet<>();
            for (NamedChart c : charts) {
                assertTrue(stems.add(c.stem()), "unique file stem " + c.stem());
                kinds.add(c.kind());
                String svg = ChartWriter.write(c, dir);
                assertTrue(svg.contains("<svg") && svg.contains("</svg>"), c.stem());
                BufferedImage png = ImageIO.read(dir.resolve(c.stem() + ".png").toFile());
                assertNotNull(png, c.stem());
                assertEquals(o.width(), png.getWidth(), c.stem());
                assertTrue(Files.size(dir.resolve(c.stem() + ".svg")) > 1000, c.stem());
            }
            assertEquals(Set.of("bars", "speedup", "size", "alloc"), kinds);
        }
    }

    @Test
    void sizeChartsMarkTheCrossoversOfTheirSweepWithTheirIntervals() {
        ReportData d = ReportData.of(Fixtures.sweep(), TestCorpusSizes.MANIFEST);
        NamedChart warm = Charts.sizeCharts(d, "read", ChartOptions.DEFAULT).stream()
                .filter(c -> c.stem().equals("size-read-fair-avgt-warm")).findFirst().orElseThrow();
        XYChart chart = (XYChart) warm.chart();
        assertTrue(chart.getSeriesMap().containsKey("crossover (red line: 95% CI)"), chart.getSeriesMap().keySet().toString());
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("95% CI mappedSegment vs readAllBytes")));
        assertTrue(warm.caption().contains("mappedSegment vs readAllBytes: at "), warm.caption());
        // The windowed chart shows the contender's line, not the fair crossovers.
        NamedChart windowed = Charts.sizeCharts(d, "read", ChartOptions.DEFAULT).stream()
                .filter(c -> c.stem().equals("size-read-windowed-avgt-warm")).findFirst().orElseThrow();
        assertFalse(((XYChart) windowed.chart()).getSeriesMap().containsKey("crossover (red line: 95% CI)"));
    }

    @Test
    void sizeChartsNeedTwoSizes() {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        assertFalse(Charts.sizeGroups(d, "find").isEmpty());
        assertTrue(Charts.sizeGroups(d, "regex").isEmpty(), "regex ran on one corpus only");
    }
}
