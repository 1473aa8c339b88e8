package org.mmapbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mmapbench.report.Anatomy;
import org.mmapbench.report.AnatomyFixtures;
import org.mmapbench.report.chart.AnatomyCharts;
import org.mmapbench.report.chart.ChartOptions;
import org.mmapbench.report.chart.NamedChart;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.RunResults;

class AnatomyHtmlTest {

    @Test
    void eachComparisonHasItsTableSentencesAndChart() {
        List<Anatomy.Comparison> cs = Anatomy.of(AnatomyFixtures.runs());
        List<NamedChart> charts = AnatomyCharts.of(cs, ChartOptions.DEFAULT);
        HtmlSection s = AnatomyHtml.section(cs, charts, Map.of("anatomy-read", "<svg id=\"a\"></svg>"));
        assertEquals(AnatomyHtml.ID, s.id());
        String h = s.bodyHtml();
        for (String w : List.of("read", "find", "regex", "seekFind", "replace")) {
            assertTrue(h.contains("<h3>" + w + "</h3>"), w);
        }
        assertTrue(h.contains("385 µs") && h.contains("400 µs") && h.contains("96%"), "sum, whole and share of read/readAllBytes");
        assertTrue(h.contains("less than 80%"), "a side short of 80% says so");
        assertTrue(h.contains("not measured"), "a missing step or whole says so");
        assertTrue(h.contains("<td class=\"n\">37</td>"), "mappedBuffer's live mappings");
        assertTrue(h.contains("aria-label=\"Cost anatomy of read"), "the read chart is inlined");
        assertFalse(h.contains("Not measured in this run"));
    }

    @Test
    void withoutAnatomyResultsTheSectionSaysWhatToRun() {
        List<Anatomy.Comparison> cs = Anatomy.of(List.of(new RunResults("e", Path.of("e.json"), EnvironmentInfo.of(Map.of()), List.of())));
        String h = AnatomyHtml.section(cs, List.of(), Map.of()).bodyHtml();
        assertTrue(h.contains("Not measured in this run: run AnatomyChannelBenchmark"), h);
        assertTrue(h.contains("--profile depth"), h);
    }
}
