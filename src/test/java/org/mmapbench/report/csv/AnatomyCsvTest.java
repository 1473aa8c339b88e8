package org.mmapbench.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmapbench.report.Anatomy;
import org.mmapbench.report.AnatomyFixtures;

/**
 * Seals {@code anatomy.csv} with a golden file in locales whose number formats differ, and checks
 * that for every side the step rows and the "other" row add up to the whole row's time (or more,
 * when the steps over-count it).
 *
 * <p>To accept a deliberate change, run with {@code -Dmmapbench.updateGolden=true} and review the diff.
 */
class AnatomyCsvTest {
    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL);
    }

    private static String render() throws IOException {
        StringWriter w = new StringWriter();
        AnatomyCsv.write(Anatomy.of(AnatomyFixtures.runs()), w);
        return w.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"und", "de-DE", "ar-EG-u-nu-arab", "th-TH-u-nu-thai"})
    void outputMatchesTheGoldenFileInEveryLocale(String tag) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Path golden = GoldenCsvTest.goldenDir().resolve("anatomy.csv");
        String actual = render();
        if (Boolean.getBoolean("mmapbench.updateGolden") && tag.equals("und")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "anatomy.csv in locale " + tag);
    }

    @Test
    void stepsAndOtherAddUpToTheWholeOfEverySideWithAWhole() throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(render())).getRecords();
        int checked = 0;
        for (Anatomy.ComparisonSpec c : Anatomy.COMPARISONS) {
            for (Anatomy.SideSpec s : c.sides()) {
                List<CSVRecord> mine = rows.stream().filter(r -> r.get("workload").equals(c.workload()) && r.get("strategy").equals(s.strategy())).toList();
                assertEquals(s.steps().size() + 2, mine.size(), c.workload() + "/" + s.strategy() + ": one row per step, other, whole");
                CSVRecord whole = mine.get(mine.size() - 1);
                assertEquals(AnatomyCsv.WHOLE, whole.get("part"));
                if (whole.get("us_per_op").isEmpty()) {
                    continue;
                }
                double sum = mine.subList(0, mine.size() - 1).stream().filter(r -> !r.get("us_per_op").isEmpty())
                        .mapToDouble(r -> Double.parseDouble(r.get("us_per_op"))).sum();
                double w = Double.parseDouble(whole.get("us_per_op"));
                assertTrue(sum >= w * (1 - 1e-5), c.workload() + "/" + s.strategy() + ": " + sum + " vs " + w);
                if (!whole.get("status").equals("over")) {
                    assertEquals(w, sum, w * 1e-5, c.workload() + "/" + s.strategy());
                }
                checked++;
            }
        }
        assertEquals(9, checked, "every side with a whole operation in the fixture");
    }
}
