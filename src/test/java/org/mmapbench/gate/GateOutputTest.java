package org.mmapbench.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

/**
 * The gate's outputs: CSV and Markdown sealed by golden files (under several default locales), the
 * HTML fragment's escaping and self-containment, the terminal table, and atomic files.
 *
 * <p>To regenerate the golden files after an intended change, run with {@code -Dmmapbench.updateGolden=true}
 * and review the diff.
 */
class GateOutputTest {

    private static final Path GOLDEN = Path.of(System.getProperty("mmapbench.projectDir", "."),
            "src/test/resources/gate/golden");

    /** A result with every verdict: regressed, improved, unchanged (time and allocation), inconclusive, new, missing. */
    static GateResult sample() {
        SplittableRandom r = new SplittableRandom(2024);
        List<BenchmarkResult> base = new ArrayList<>();
        List<BenchmarkResult> cand = new ArrayList<>();
        double[] f = {100, 102, 98, 101, 99};
        base.add(Synthetic.avgt("ReadBenchmark", "mappedSegment", f, r));
        cand.add(Synthetic.avgt("ReadBenchmark", "mappedSegment", scale(f, 1.25), r));
        base.add(Synthetic.avgt("FindBenchmark", "readAllBytes", f, r));
        cand.add(Synthetic.avgt("FindBenchmark", "readAllBytes", scale(f, 0.7), r));
        Map<String, String> params = Map.of("corpus", "english-4KiB", "strategy", "channelHeap");
        base.add(Synthetic.result("CountBenchmark", "fair", BenchMode.AVERAGE_TIME, params,
                Synthetic.metric("primary", "us/op", f, 5, r), Synthetic.metric("gc.alloc.rate.norm", "B/op", scale(f, 40), 5, r)));
        cand.add(Synthetic.result("CountBenchmark", "fair", BenchMode.AVERAGE_TIME, params,
                Synthetic.metric("primary", "us/op", scale(f, 1.01), 5, r),
                Synthetic.metric("gc.alloc.rate.norm", "B/op", scale(f, 40), 5, r)));
        base.add(Synthetic.avgt("RegexBenchmark", "bufferedReader", new double[] {10, 11}, r));
        cand.add(Synthetic.avgt("RegexBenchmark", "bufferedReader", new double[] {10, 11}, r));
        base.add(Synthetic.avgt("PatchBenchmark", "randomAccessFile", f, r));
        cand.add(Synthetic.avgt("SeekFindBenchmark", "mappedBuffer", f, r));
        return Gate.compare(Synthetic.run("base-run", base), Synthetic.run("cand-run", cand), GateOptions.defaults());
    }

    private static double[] scale(double[] v, double k) {
        double[] o = v.clone();
        for (int i = 0; i < o.length; i++) {
            o[i] *= k;
        }
        return o;
    }

    private static void assertGolden(String file, String actual) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("mmapbench.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing golden file " + golden + " (run with -Dmmapbench.updateGolden=true)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, file + " differs from its golden file");
    }

    @Test
    void csvMatchesGoldenFileInEveryLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(l);
                assertGolden("gate.csv", GateCsv.render(sample()));
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void markdownMatchesGoldenFile() throws IOException {
        assertGolden("gate.md", GateMarkdown.render(sample()));
    }

    @Test
    void csvIsParseableWithOneRecordPerRowAndEveryVerdict() throws IOException {
        GateResult g = sample();
        try (CSVParser p = CSVParser.parse(GateCsv.render(g), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(GateCsv.COLUMNS, p.getHeaderNames());
            List<CSVRecord> records = p.getRecords();
            assertEquals(g.rows().size(), records.size());
            List<String> verdicts = records.stream().map(x -> x.get("verdict")).toList();
            for (Verdict v : Verdict.values()) {
                assertTrue(verdicts.contains(v.label()), v + " in " + verdicts);
            }
            CSVRecord bad = records.stream().filter(x -> x.get("verdict").equals("regressed")).findFirst().orElseThrow();
            assertEquals(1.25, Double.parseDouble(bad.get("ratio")), 0.02);
            assertTrue(Double.parseDouble(bad.get("ci_low")) > 1.05);
        }
    }

    @Test
    void htmlFragmentIsSelfContainedAndEscaped() {
        SplittableRandom r = new SplittableRandom(1);
        Map<String, String> params = Map.of("corpus", "<script>alert('x')</script>&", "strategy", "readAllBytes");
        double[] f = {1, 1.01, 0.99};
        BenchmarkResult b = Synthetic.result("ReadBenchmark", "fair", BenchMode.AVERAGE_TIME, params,
                Synthetic.metric(Metric.PRIMARY, "us/op", f, 3, r), null);
        RunResults run = Synthetic.run("r<1>", List.of(b));
        String html = GateHtml.section(Gate.compare(run, run, GateOptions.defaults()));
        assertTrue(html.startsWith("<section") && html.strip().endsWith("</section>"));
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"));
        assertTrue(html.contains("r&lt;1&gt;"));
        assertFalse(html.contains("class=") || html.contains("<link") || html.contains("<style"));
    }

    @Test
    void markdownEscapesTableSyntax() {
        assertEquals("a\\|b &lt;c&gt; \\*d\\*", GateMarkdown.escape("a|b <c> *d*"));
    }

    @Test
    void tableShowsEveryRowAndTheHeadlineLast() {
        GateResult g = sample();
        String text = GateTable.render(g);
        for (GateRow row : g.rows()) {
            assertTrue(text.contains(row.name()), row.name());
        }
        String[] lines = text.strip().split("\n");
        assertEquals(g.headline(), lines[lines.length - 1]);
        assertTrue(g.headline().startsWith("FAIL: 4 tested"), g.headline());
        assertTrue(text.contains("+25."), text);
    }

    @Test
    void filesAreWrittenAtomicallyBesideOtherFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.html"), "keep");
        GateFiles.write(sample(), dir);
        assertEquals("keep", Files.readString(dir.resolve("index.html")));
        for (String f : List.of(GateFiles.CSV, GateFiles.MARKDOWN, GateFiles.HTML, GateFiles.TEXT)) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        try (var s = Files.list(dir)) {
            assertEquals(5, s.count(), "no temporary files left");
        }
    }
}
