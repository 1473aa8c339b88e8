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
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void crossoverIsFoundBetweenMeasuredSizes() {
        Map<String, NavigableMap<Long, Double>> s = new TreeMap<>();
        s.put("readAllBytes", new TreeMap<>(Map.of(4096L, 2.0, 1_048_576L, 2.0)));
        s.put("mappedSegment", new TreeMap<>(Map.of(4096L, 0.5, 1_048_576L, 8.0)));
        List<Charts.Crossover> x = Charts.crossovers("find", "fair", s);
        assertEquals(1, x.size());
        // log-linear: ratio goes from 1/4 to 4, so it crosses 1 halfway in log size: sqrt(4096 * 1 MiB) = 65536
        assertEquals(65536.0, x.get(0).bytes(), 1e-6);
        assertEquals("mappedSegment", x.get(0).mapped());
        assertEquals("readAllBytes", x.get(0).regular());
        s.put("mappedSegment", new TreeMap<>(Map.of(4096L, 3.0, 1_048_576L, 8.0)));
        assertTrue(Charts.crossovers("find", "fair", s).isEmpty(), "always faster: no crossover");
    }

    @Test
    void sizeChartsNeedTwoSizes() {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        assertFalse(Charts.sizeGroups(d, "find").isEmpty());
        assertTrue(Charts.sizeGroups(d, "regex").isEmpty(), "regex ran on one corpus only");
    }
}
