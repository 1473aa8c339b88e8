package org.mmapbench.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.report.Fixtures;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.SummaryMarkdown;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;

/**
 * Seals results.csv, speedup.csv, tutorial.csv, crossover.csv, hints.csv, ceilings.csv, timeseries.csv and summary.md with golden files, under default
 * locales whose number formats differ (decimal comma, dotless i, Arabic-Indic, Devanagari and Thai
 * digits): the output must be byte-identical in all of them.
 *
 * <p>To accept a deliberate change, run with {@code -Dmmapbench.updateGolden=true} and review the diff.
 */
class GoldenCsvTest {
    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL);
    }

    static Map<String, String> render() throws IOException {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        Map<String, String> out = new TreeMap<>();
        StringWriter w = new StringWriter();
        ResultsCsv.write(d, w);
        out.put("results.csv", w.toString());
        w = new StringWriter();
        SpeedupCsv.write(d, w);
        out.put("speedup.csv", w.toString());
        w = new StringWriter();
        TutorialCsv.write(d, w);
        out.put("tutorial.csv", w.toString());
        w = new StringWriter();
        SummaryMarkdown.write(d, w);
        out.put("summary.md", w.toString());
        ReportData h = ReportData.of(JmhJsonReader.readAll(List.of(Fixtures.jmh("synthetic/hints-ceilings.json"))), TestCorpusSizes.MANIFEST);
        w = new StringWriter();
        HintsCsv.write(h, w);
        out.put("hints.csv", w.toString());
        w = new StringWriter();
        CeilingsCsv.write(h, w);
        out.put("ceilings.csv", w.toString());
        w = new StringWriter();
        SummaryMarkdown.write(h, w);
        out.put("summary-hints-ceilings.md", w.toString());
        // crossover.csv: the rich mix's 3-fork sweep (no interval) and a 5-fork sweep (intervals, every kind of answer).
        List<RunResults> both = new ArrayList<>(Fixtures.rich());
        both.addAll(Fixtures.sweep());
        w = new StringWriter();
        CrossoverCsv.write(ReportData.of(both, TestCorpusSizes.MANIFEST), w);
        out.put("crossover.csv", w.toString());
        ReportData huge = ReportData.of(JmhJsonReader.readAll(List.of(Fixtures.jmh("huge-run"))), TestCorpusSizes.MANIFEST);
        w = new StringWriter();
        TimeSeriesCsv.write(huge.timeSeries(), w);
        out.put("timeseries.csv", w.toString());
        w = new StringWriter();
        SummaryMarkdown.write(huge, w);
        out.put("summary-huge.md", w.toString());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"und", "en-US", "de-DE", "tr-TR", "fr-CH", "ar-EG-u-nu-arab", "hi-IN-u-nu-deva", "th-TH-u-nu-thai"})
    void outputMatchesGoldenFilesInEveryLocale(String tag) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Map<String, String> actual = render();
        Path golden = goldenDir();
        if (Boolean.getBoolean("mmapbench.updateGolden") && tag.equals("und")) {
            Files.createDirectories(golden);
            for (Map.Entry<String, String> e : actual.entrySet()) {
                Files.writeString(golden.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> e : actual.entrySet()) {
            String expected = Files.readString(golden.resolve(e.getKey()), StandardCharsets.UTF_8);
            assertEquals(expected, e.getValue(), e.getKey() + " in locale " + tag);
        }
    }

    static Path goldenDir() {
        String project = System.getProperty("mmapbench.projectDir", ".");
        return Path.of(project, "src", "test", "resources", "golden", "report");
    }
}
