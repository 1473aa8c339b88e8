package org.mmapbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.report.Fixtures;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.ReportWriter;

/**
 * Renders every chart of a report made from the rich fixture (real JMH runs among them) and reads the
 * SVG back: every drawn interval is the CSV's, none goes below zero, one colour per strategy across
 * every chart and legend, a dot per fork median, text as text.
 */
class ChartsTest {
    private static final Pattern GROUP = Pattern.compile("<g class=\"(bar|point|legend)\"([^>]*)>(.*?)</g>", Pattern.DOTALL);
    private static final Pattern DATA = Pattern.compile("data-([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern FILL = Pattern.compile("<rect [^>]*fill=\"(#[0-9a-f]{6})\"");
    private static final Pattern LINE = Pattern.compile("<line x1=\"([-0-9.]+)\" y1=\"([-0-9.]+)\" x2=\"([-0-9.]+)\" y2=\"([-0-9.]+)\"");

    @TempDir
    static Path report;
    static Map<String, String> svgs = new TreeMap<>();
    static Map<String, CSVRecord> csv = new HashMap<>();

    @BeforeAll
    static void writeReport() throws IOException {
        ReportWriter.write(Fixtures.rich(), TestCorpusSizes.MANIFEST, report.resolve("r"));
        try (var files = Files.list(report.resolve("r"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.toString().endsWith(".svg")) {
                    svgs.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        try (Reader r = Files.newBufferedReader(report.resolve("r/results.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                csv.put(rec.get("run_id") + "|" + rec.get("benchmark") + "|" + rec.get("mode") + "|" + rec.get("params") + "|" + rec.get("metric"), rec);
            }
        }
    }

    /** A drawn group: its kind, data attributes and inner markup. */
    record Mark(String svg, String kind, Map<String, String> data, String body) {
    }

    static List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        svgs.forEach((name, svg) -> {
            Matcher g = GROUP.matcher(svg);
            while (g.find()) {
                Map<String, String> data = new LinkedHashMap<>();
                Matcher d = DATA.matcher(g.group(2));
                while (d.find()) {
                    data.put(d.group(1), unescape(d.group(2)));
                }
                out.add(new Mark(name, g.group(1), data, g.group(3)));
            }
        });
        return out;
    }

    static Map<String, String> rootData(String svg) {
        Map<String, String> data = new HashMap<>();
        Matcher d = DATA.matcher(svg.substring(0, svg.indexOf('>')));
        while (d.find()) {
            data.put(d.group(1), d.group(2));
        }
        return data;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void everyChartKindIsRenderedAsPngAndSvgWithTextAsText() throws IOException {
        Set<String> kinds = new HashSet<>();
        for (String name : svgs.keySet()) {
            kinds.add(name.substring(0, name.indexOf('-') < 0 ? name.indexOf('.') : name.indexOf('-')));
            String svg = svgs.get(name);
            assertTrue(svg.contains("<text"), name + " has text elements");
            assertFalse(svg.contains("<path d=\"M") && svg.split("<path").length > 50, name + " draws no glyph outlines");
            BufferedImage png = ImageIO.read(report.resolve("r").resolve(name.replace(".svg", ".png")).toFile());
            assertNotNull(png, name);
            assertEquals(Integer.parseInt(svg.replaceFirst("(?s).*?width=\"(\\d+)\".*", "$1")), png.getWidth(), name);
        }
        assertEquals(Set.of("bars", "speedup", "size", "alloc"), kinds, "no anatomy charts without anatomy steps");
    }

    @Test
    void everyDrawnIntervalIsTheCsvsAndNoneGoesBelowZero() {
        int checked = 0;
        for (Mark m : marks()) {
            if (!m.kind().equals("bar") || !m.svg().startsWith("bars-")) {
                continue;
            }
            CSVRecord row = csv.get(m.data().get("key"));
            assertNotNull(row, "the bar " + m.data().get("key") + " in " + m.svg() + " is a results.csv row");
            if (row.get("ci95_low").isEmpty()) {
                assertFalse(m.data().containsKey("low"), "no interval in the CSV, none drawn: " + m.data());
                continue;
            }
            double low = Double.parseDouble(m.data().get("low"));
            double high = Double.parseDouble(m.data().get("high"));
            assertEquals(Double.parseDouble(row.get("ci95_low")), low, Math.abs(low) * 1e-5, "low bound of " + m.data());
            assertEquals(Double.parseDouble(row.get("ci95_high")), high, Math.abs(high) * 1e-5, "high bound of " + m.data());
            assertTrue(low >= 0, "interval below zero: " + m.data());
            assertTrue(low < high || low == high, m.data().toString());
            // The drawn line runs from the low bound's pixel to the high bound's pixel of the chart's axis.
            Map<String, String> root = rootData(svgs.get(m.svg()));
            Axis axis = new Axis(root.get("axis").equals("log"), Double.parseDouble(root.get("axis-min")), Double.parseDouble(root.get("axis-max")));
            double left = Double.parseDouble(root.get("plot-left"));
            double right = Double.parseDouble(root.get("plot-right"));
            Matcher l = LINE.matcher(m.body());
            assertTrue(l.find(), "an interval line in " + m.data());
            assertEquals(axis.pixel(low, left, right), Double.parseDouble(l.group(1)), 0.051, "low end drawn at the CSV's low " + m.data());
            assertEquals(axis.pixel(high, left, right), Double.parseDouble(l.group(3)), 0.051, "high end drawn at the CSV's high " + m.data());
            assertTrue(Double.parseDouble(l.group(1)) >= left - 0.05, "nothing drawn left of the axis start");
            checked++;
        }
        assertTrue(checked > 30, "checked " + checked + " intervals");
        for (Mark m : marks()) {
            if (m.data().containsKey("low")) {
                assertTrue(Double.parseDouble(m.data().get("low")) >= 0, "no interval below zero in any chart: " + m.svg() + " " + m.data());
            }
        }
    }

    @Test
    void everyForkMedianIsADot() {
        int bars = 0;
        for (Mark m : marks()) {
            if (m.kind().equals("bar") && m.svg().startsWith("bars-")) {
                CSVRecord row = csv.get(m.data().get("key"));
                int dots = m.body().split("<circle", -1).length - 1;
                assertEquals(row.get("raw_data").equals("yes") ? Integer.parseInt(row.get("forks")) : 0, dots, m.data().toString());
                bars++;
            }
        }
        assertTrue(bars > 30);
    }

    @Test
    void oneColourPerStrategyAcrossEveryChartAndLegend() {
        Map<String, Set<String>> colours = new TreeMap<>();
        for (Mark m : marks()) {
            String strategy = m.data().get("strategy");
            if (strategy == null || strategy.isEmpty()) {
                continue;
            }
            Matcher f = FILL.matcher(m.body());
            Matcher c = Pattern.compile("<circle [^>]*fill=\"(#[0-9a-f]{6})\"").matcher(m.body());
            String colour = f.find() ? f.group(1) : c.find() ? c.group(1) : null;
            assertNotNull(colour, "a coloured mark for " + m.data());
            colours.computeIfAbsent(strategy, k -> new HashSet<>()).add(colour);
        }
        assertTrue(colours.keySet().containsAll(List.of("readAllBytes", "mappedSegment", "mappedBuffer")), colours.toString());
        colours.forEach((s, c) -> {
            assertEquals(1, c.size(), s + " has one colour everywhere: " + c);
            String colour = c.iterator().next();
            assertTrue(s.startsWith("mapped") ? Palette.isMappedColour(colour) : Palette.isRegularColour(colour),
                    s + " is in its family's hues: " + colour);
        });
        assertEquals(colours.size(), colours.values().stream().map(c -> c.iterator().next()).distinct().count(),
                "known strategies do not share a colour: " + colours);
    }

    @Test
    void aLogAxisWhenValuesSpanMoreThanTenTimes() {
        assertFalse(Axis.fit(List.of(1.0, 5.0, 9.0), false).log());
        Axis log = Axis.fit(List.of(0.4, 5.0, 30.0), false);
        assertTrue(log.log());
        assertEquals(0.1, log.min(), 1e-12);
        assertEquals(100, log.max(), 1e-9);
        assertTrue(Axis.fit(List.of(1.0, 5.0), true).log(), "forced");
        Axis linear = Axis.fit(List.of(3.0, 7.0), false);
        assertEquals(0, linear.min(), "linear time axes start at zero");
        assertEquals(0, log.pixel(0, 0, 100), "a zero bound on a log axis is drawn at the axis start, never beyond");
        boolean anyLog = false;
        for (String svg : svgs.values()) {
            anyLog |= "log".equals(rootData(svg).get("axis"));
        }
        assertTrue(anyLog, "the rich fixture has a workload spanning more than 10x, drawn on a log axis");
    }

    @Test
    void hoverTextGivesValueIntervalAndForks() {
        String svg = svgs.entrySet().stream().filter(e -> e.getKey().startsWith("bars-")).map(Map.Entry::getValue).findFirst().orElseThrow();
        Matcher t = Pattern.compile("<g class=\"bar\"[^>]*><title>([^<]*)</title>").matcher(svg);
        assertTrue(t.find());
        assertTrue(t.group(1).matches(".*: (median|score) [0-9.]+ .*, 95% interval [0-9.]+ to [0-9.]+ .*, \\d+ forks?.*"), t.group(1));
    }

    @Test
    void sizeChartsMarkTheCrossoversOfTheirSweepWithTheirIntervals(@TempDir Path dir) throws IOException {
        ReportData d = ReportData.of(Fixtures.sweep(), TestCorpusSizes.MANIFEST);
        List<NamedChart> charts = Charts.sizeCharts(d, "read", ChartOptions.DEFAULT);
        NamedChart warm = charts.stream().filter(c -> c.stem().startsWith("size-read-fair") && c.stem().endsWith("-warm")).findFirst()
                .orElseThrow(() -> new AssertionError(charts.stream().map(NamedChart::stem).toList().toString()));
        LineFigure f = (LineFigure) warm.figure();
        assertTrue(f.marks().stream().anyMatch(LineFigure.Mark::hasInterval), "a 5-fork sweep gives crossovers with intervals");
        for (LineFigure.Mark m : f.marks()) {
            if (m.hasInterval()) {
                assertTrue(m.low() <= m.x() && m.x() <= m.high(), m.toString());
            }
        }
        assertTrue(warm.caption().contains("mappedSegment vs readAllBytes: at "), warm.caption());
        String svg = ChartWriter.write(warm, dir);
        assertTrue(svg.contains("<g class=\"crossover\"") && svg.contains("data-low="), "the interval is drawn and labelled");
        // The windowed chart shows the contender's line, not the fair crossovers.
        NamedChart windowed = charts.stream().filter(c -> c.stem().startsWith("size-read-windowed") && c.stem().endsWith("-warm")).findFirst()
                .orElseThrow();
        assertTrue(((LineFigure) windowed.figure()).marks().isEmpty());
    }

    @Test
    void sizeChartsNeedTwoSizes() {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        assertFalse(Charts.sizeGroups(d, "find").isEmpty());
        assertTrue(Charts.sizeGroups(d, "regex").isEmpty(), "regex ran on one corpus only");
    }
}
