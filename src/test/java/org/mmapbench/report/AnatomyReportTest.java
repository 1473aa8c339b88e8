package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpusSizes;

/** A whole report of the synthetic anatomy run: the CSV, the stacked bars and the HTML section are all there. */
class AnatomyReportTest {

    @Test
    void theReportHasTheAnatomyCsvChartsAndSection(@TempDir Path tmp) throws IOException {
        Path json = Files.writeString(tmp.resolve("jmh.json"), "[]");
        Path index = ReportWriter.write(AnatomyFixtures.runs(json), TestCorpusSizes.MANIFEST, tmp.resolve("r"));
        Path dir = index.getParent();
        String csv = Files.readString(dir.resolve("anatomy.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("workload,corpus,strategy,part,benchmark,us_per_op,"), csv);
        for (String w : new String[] {"read", "find", "regex", "replace"}) {
            assertTrue(Files.size(dir.resolve("anatomy-" + w + ".png")) > 0, w);
            assertTrue(Files.size(dir.resolve("anatomy-" + w + ".svg")) > 0, w);
        }
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"anatomy\""), "the section");
        assertTrue(html.contains("href=\"#anatomy\""), "in the table of contents");
        assertTrue(html.contains("href=\"anatomy.csv\""), "the file list links the CSV");
        assertTrue(html.contains("explain 96% of the whole operation"), "read/readAllBytes's sentence");
    }
}
