package org.mmapbench.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.access.Durability;
import org.mmapbench.report.Fixtures;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.SummaryMarkdown;
import org.mmapbench.report.WriteTables;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.workload.Variant;

/**
 * Seals durability.csv, write-modes.csv and the write sections of summary.md with golden files, made
 * from the synthetic write run ({@code jmh/writes/}): counters measured for patch and not for
 * replace, and one replace side missing. Byte-identical under every default locale.
 *
 * <p>To accept a deliberate change, run with {@code -Dmmapbench.updateGolden=true} and review the diff.
 */
class WritesGoldenTest {
    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL);
    }

    private static ReportData data() {
        return data(Fixtures.jmh("writes/writes-don-quixote.json"));
    }

    private static ReportData data(Path run) {
        return ReportData.of(JmhJsonReader.readAll(List.of(run)), TestCorpusSizes.MANIFEST);
    }

    static Map<String, String> render() throws IOException {
        return render(data());
    }

    private static Map<String, String> render(ReportData d) throws IOException {
        Map<String, String> out = new TreeMap<>();
        StringWriter w = new StringWriter();
        WritesCsv.writeDurability(d, w);
        out.put("durability.csv", w.toString());
        w = new StringWriter();
        WritesCsv.writeModes(d, w);
        out.put("write-modes.csv", w.toString());
        w = new StringWriter();
        SummaryMarkdown.write(d, w);
        out.put("summary.md", w.toString());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"und", "de-DE", "tr-TR", "ar-EG-u-nu-arab", "th-TH-u-nu-thai"})
    void outputMatchesGoldenFilesInEveryLocale(String tag) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Map<String, String> actual = render();
        Path golden = GoldenCsvTest.goldenDir().resolve("writes");
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

    @Test
    void everyMethodHasARowAndMissingCountersAndSidesSayNotMeasured() throws IOException {
        ReportData d = data();
        List<WriteTables.Row> rows = WriteTables.durability(d);
        assertEquals(12, rows.size(), "6 write methods x patch and replace");
        WriteTables.Row copyBack = rows.stream().filter(r -> r.workload().equals("replace") && r.method().equals("copyBack")).findFirst().orElseThrow();
        assertEquals(null, copyBack.second());
        assertTrue(Double.isNaN(copyBack.ratio()));
        WriteTables.Row patch = rows.get(0);
        assertEquals("patch", patch.workload());
        assertEquals(4096.0, patch.second().writeBytes());
        assertTrue(patch.ratio() > 50 && patch.ci().known(), "synced / none with an interval: " + patch);
        assertEquals(4, WriteTables.writeModes(d).size(), "2 mapped strategies x patch and replace");
        String summary = render().get("summary.md");
        assertTrue(summary.contains("## Durability 2 x 2: patch, none vs synced") && summary.contains("## Durability 2 x 2: replace"), summary);
        assertTrue(summary.contains(WriteTables.NOT_MEASURED), summary);
    }

    /**
     * The same run stored before the durability parameter (methods {@code unsynced} and {@code synced}),
     * under the same run id, renders byte for byte the same tables: old results keep their place.
     */
    @Test
    void aRunStoredBeforeTheDurabilityParameterRendersTheSameTables(@TempDir Path tmp) throws IOException {
        Path run = Files.createDirectories(tmp.resolve("writes-don-quixote"));
        Files.copy(Fixtures.jmh("writes/writes-before-durability-param.json"), run.resolve(JmhJsonReader.JMH_JSON));
        assertEquals(render(), render(data(run)));
    }

    @Test
    void aRunWithoutWriteBenchmarksHasNoWriteTables() {
        ReportData d = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        assertEquals(List.of(), WriteTables.durability(d));
        assertEquals(List.of(), WriteTables.writeModes(d));
    }

    @Test
    void theReportNamesTheWriteVariantsAsTheBenchmarksDo() {
        assertEquals(Variant.DURABILITY.id(), WriteTables.DURABILITY);
        assertEquals(Durability.NONE.id(), WriteTables.NONE);
        assertEquals(Durability.SYNCED.id(), WriteTables.SYNCED);
        assertEquals(Variant.COPY_ON_WRITE.id(), WriteTables.COPY_ON_WRITE);
    }
}
