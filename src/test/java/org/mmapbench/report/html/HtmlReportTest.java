package org.mmapbench.report.html;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.report.Fixtures;
import org.mmapbench.report.ReportWriter;
import org.mmapbench.report.chart.ChartOptions;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.util.HtmlText;

/** The written index.html: self-contained, escaped, in the promised order, with working relative links. */
class HtmlReportTest {
    /** Any src=, href= or url( whose target is absolute http(s) or protocol-relative. */
    static final Pattern NETWORK = Pattern.compile(
            "(?i)(?:\\b(?:src|href|xlink:href|srcset|action|data)\\s*=\\s*[\"']?\\s*(?:https?:)?//)|(?:url\\(\\s*[\"']?\\s*(?:https?:)?//)|@import");

    @TempDir
    static Path tmp;
    static Path dir;
    static String html;

    @BeforeAll
    static void write() throws IOException {
        dir = tmp.resolve("report");
        HtmlSection verdict = new HtmlSection("gate-verdict", "Gate verdict <test>", "<p>" + HtmlText.escape("all clear & fine") + "</p>");
        Path index = ReportWriter.write(Fixtures.rich(), TestCorpusSizes.MANIFEST, dir, ChartOptions.DEFAULT, List.of(verdict));
        assertEquals(dir.resolve("index.html"), index);
        html = Files.readString(index, StandardCharsets.UTF_8);
    }

    @Test
    void noNetworkReferencesScriptsOrFonts() {
        Matcher m = NETWORK.matcher(html);
        assertFalse(m.find(), () -> "network reference at " + m.start() + ": " + html.substring(Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 60)));
        String lower = html.toLowerCase(Locale.ROOT);
        assertEquals(1, lower.split("<script", -1).length - 1, "one script");
        assertTrue(lower.contains("<script>\n"), "inline, no src");
        String script = html.substring(html.indexOf("<script>"), html.indexOf("</script>"));
        assertTrue(script.length() <= 30 * 1024, "the script stays under 30 KB: " + script.length());
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "requests are forbidden");
        assertFalse(lower.contains("@font-face"), "no web fonts");
        assertFalse(lower.contains("<!doctype svg"), "SVG doctypes (with their DTD URL) are stripped");
        assertFalse(lower.contains("<link"), "no external stylesheets");
        assertTrue(lower.contains("<svg"), "charts are inlined");
    }

    @Test
    void inlinedChartsHaveNoNaNCoordinates() {
        // A chart of all-NaN scores once produced SVG attributes like y1="NaN", which browsers reject.
        assertFalse(html.contains("=\"NaN\"") || html.contains(",NaN") || html.contains("NaN,"), "NaN in SVG markup");
    }

    @Test
    void theNetworkCheckItselfCatchesReferences() {
        for (String bad : List.of("<img src=\"https://x/y.png\">", "<a href='http://x'>", "<a href=//cdn.x/y>",
                "<div style=\"background:url(https://x/y)\">", "<style>@import 'x.css';</style>", "<use xlink:href=\"http://x#a\"/>")) {
            assertTrue(NETWORK.matcher(bad).find(), bad);
        }
        assertFalse(NETWORK.matcher("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"#headlines\">").find());
    }

    @Test
    void severalEnvironmentsAreShownSideBySideNamingWhatDiffers() {
        String env = html.substring(html.indexOf("id=\"environment\""), html.indexOf("id=\"methodology\""));
        assertTrue(env.contains("<table class=\"env-side\">"), env);
        assertTrue(env.contains("The environments differ in CPU"), env);
        assertTrue(env.contains("<tr class=\"differs\"><td>CPU <code>cpu.model</code></td>"), env);
    }

    @Test
    void sectionsComeInThePromisedOrder() {
        List<String> ids = List.of("id=\"headlines\"", "id=\"tutorial\"", "id=\"gate-verdict\"", "id=\"workload-read\"",
                "id=\"workload-find\"", "id=\"environment\"", "id=\"methodology\"", "id=\"files\"");
        int last = -1;
        for (String id : ids) {
            int at = html.indexOf(id);
            assertTrue(at > last, id + " after the previous section");
            last = at;
        }
        assertTrue(html.contains("<h2>Gate verdict &lt;test&gt;</h2>\n<p>all clear &amp; fine</p>"));
    }

    @Test
    void resultTextIsEscaped() {
        assertFalse(html.contains("<b>\"a,b\"</b>"), "a parameter value must not become markup");
        assertTrue(html.contains("text=&lt;b&gt;&quot;a,b&quot;&lt;/b&gt; &amp; &#39;c&#39;"));
    }

    @Test
    void headlinesTutorialAndMethodologyCarryNumbers() {
        assertTrue(html.contains("On don-quixote (2.35 MB), warm cache, mapped find (mappedSegment, fair variant) is "));
        assertTrue(html.contains("<td>find</td><td class=\"n\">~20x</td>"));
        assertTrue(html.contains("mode avgt, 3 forks, 2 warm-up iterations of 1 s, 3 measurement iterations of 1 s, 1 thread, JVM options: -Xms1g -Xmx1g"));
    }

    @Test
    void theIdiomaticColumnsAppearOnlyWhenTheRunMeasuredTheVariant() throws IOException {
        assertTrue(html.contains("<th>Java idiomatic</th>"), "the rich fixture measures the idiomatic variant");
        Path plain = tmp.resolve("no-idiomatic");
        Path index = ReportWriter.write(JmhJsonReader.readAll(List.of(Fixtures.jmh("run-with-env"))), TestCorpusSizes.MANIFEST, plain,
                ChartOptions.DEFAULT, List.of());
        String page = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(page.contains("id=\"tutorial\""));
        assertFalse(page.contains("<th>Java idiomatic</th>"));
        assertTrue(page.contains("This run did not measure the idiomatic variant."));
    }

    @Test
    void everyRelativeLinkResolvesInsideTheReport() {
        Matcher m = Pattern.compile("href=\"([^\"#][^\"]*)\"").matcher(html);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
            assertTrue(Files.isRegularFile(dir.resolve(m.group(1))), "link target exists: " + m.group(1));
        }
        for (String expected : List.of("results.csv", "speedup.csv", "crossover.csv", "tutorial.csv", "anatomy.csv", "summary.md", "speedup.png", "speedup.svg",
                "runs/run-with-env/jmh.json", "runs/run-with-env/environment.json", "runs/tutorial-don-quixote/jmh.json")) {
            assertTrue(links.contains(expected), "links to " + expected + ": " + links);
        }
    }

    @Test
    void inlinedChartsAreLabelledWithHoverTextAndTablesSortable() {
        int figures = html.split("<figure>", -1).length - 1;
        assertTrue(figures > 5);
        assertEquals(figures, html.split("<svg role=\"img\" aria-label=", -1).length - 1, "every chart is labelled");
        assertTrue(html.contains("<g class=\"bar\"") && html.contains("<title>"), "bars carry hover text");
        assertTrue(html.contains("<table class=\"sortable\">"), "workload tables are sortable");
        assertFalse(html.contains("<path d=\"M") && html.split("<path", -1).length > 200, "no text drawn as outlines");
    }

    @Test
    void hintsAndCeilingsGetTheirSectionsWhenTheRunMeasuredThem() throws IOException {
        assertFalse(html.contains("id=\"hints\"") || html.contains("id=\"ceilings\""), "the rich fixture has neither");
        Path index = ReportWriter.write(org.mmapbench.results.JmhJsonReader.readAll(List.of(Fixtures.jmh("synthetic/hints-ceilings.json"))),
                TestCorpusSizes.MANIFEST, tmp.resolve("hints"), ChartOptions.DEFAULT, List.of());
        String page = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(page.contains("<section id=\"hints\">") && page.contains("<code>madvise(MADV_RANDOM)</code>"), "hint table");
        assertTrue(page.contains("not measured"), "a hint without os.read_bytes says so");
        assertTrue(page.contains("<section id=\"ceilings\">") && page.contains("cold sequential pread"), "ceiling table");
        assertTrue(Files.isRegularFile(index.resolveSibling("hints.csv")) && Files.isRegularFile(index.resolveSibling("ceilings.csv")));
    }

    @Test
    void crossoversAndThreadScalingHaveTheirTables() throws IOException {
        List<org.mmapbench.results.RunResults> runs = new java.util.ArrayList<>(Fixtures.sweep());
        runs.addAll(Fixtures.threads());
        java.io.StringWriter w = new java.io.StringWriter();
        HtmlReport.write(org.mmapbench.report.ReportData.of(runs, TestCorpusSizes.MANIFEST), List.of(), java.util.Map.of(), List.of(),
                java.util.Map.of(), w);
        String page = w.toString();
        assertTrue(page.contains("<th>mapped overtakes regular</th>"), "crossover table");
        assertTrue(page.contains("never in 4 KiB to 256 MiB (95% CI: beyond 256 MiB)"), "a crossover answer");
        assertTrue(page.contains("<section id=\"threads\">") && page.contains("<a href=\"#threads\">Thread scaling</a>"), "thread table and its link");
    }
}
