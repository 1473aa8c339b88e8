package org.mmapbench.report.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;
import org.mmapbench.util.UserInputException;

class SiteWriterTest {

    private static final String SLOW = "ReadBenchmark.fair/mappedSegment";

    /** Five runs: three on an x64 machine (the second marked regressed), then two on an ARM machine. */
    private static List<SiteRun> history(Path runs) throws IOException {
        List<SiteRun> out = new ArrayList<>();
        String[] cpus = {"Test x64", "Test x64", "Test x64", "Test ARM", "Test ARM"};
        RunResults previous = null;
        for (int i = 0; i < cpus.length; i++) {
            Path dir = HistoryFixture.run(runs, "run-" + i, "2026-12-0" + (i + 1) + "T00:00:00Z", cpus[i], i + 1, i == 1 ? SLOW : null, 2.0);
            RunResults r = JmhJsonReader.read(dir);
            if (i == 1) {
                BenchmarkResult slow = r.results().stream().filter(b -> b.benchmark().endsWith("ReadBenchmark.fair")
                        && "mappedSegment".equals(b.param("strategy"))).findFirst().orElseThrow();
                out.add(new SiteRun(r, previous.runId(), "regressed", "FAIL: 1 regressed", List.of(
                        new SiteRun.Change(slow.key(), "ReadBenchmark.fair strategy=mappedSegment", "primary", "regressed", 1.0))));
            } else if (i == 0 || i == 3) {
                out.add(SiteRun.first(r));
            } else {
                out.add(new SiteRun(r, previous.runId(), "no change", "PASS", List.of()));
            }
            previous = r;
        }
        return out;
    }

    @Test
    void everyLinkResolvesAndEveryPageIsThere(@TempDir Path tmp) throws IOException {
        Path index = SiteWriter.write(history(tmp.resolve("runs")), TestCorpusSizes.MANIFEST, tmp.resolve("site"));
        Path site = index.getParent();
        assertEquals(List.of(), SiteLinks.broken(site));
        assertTrue(SiteLinks.count(site) > 100, "links: " + SiteLinks.count(site));
        for (int i = 0; i < 5; i++) {
            assertTrue(Files.isRegularFile(site.resolve("runs/run-" + i + ".html")), "run page " + i);
            assertTrue(Files.isRegularFile(site.resolve("runs/run-" + i + "/jmh.json")), "jmh.json " + i);
            assertTrue(Files.isRegularFile(site.resolve("runs/run-" + i + "/environment.json")), "environment.json " + i);
        }
        for (String w : List.of("read", "find", "regex", "seekFind", "replace")) {
            assertTrue(Files.isRegularFile(site.resolve("trends/" + w + ".html")), w);
        }
        assertTrue(Files.isRegularFile(site.resolve("speedups.html")));
    }

    @Test
    void theIndexListsRunsWithTheirFactsAndTheMarkedChanges(@TempDir Path tmp) throws IOException {
        String index = Files.readString(SiteWriter.write(history(tmp.resolve("runs")), TestCorpusSizes.MANIFEST, tmp.resolve("site")));
        for (String s : List.of("run-0", "run-4", "2026-12-03T00:00:00Z", "quick", "E1", "E2", "first run on this environment",
                "no change", "ReadBenchmark.fair strategy=mappedSegment", "+100.0%")) {
            assertTrue(index.contains(s), s);
        }
        assertTrue(index.contains("The environments differ in CPU and file system."), index);
        String runs = index.substring(index.indexOf("id=\"runs\""));
        assertTrue(runs.indexOf(">run-4<") < runs.indexOf(">run-0<"), "newest first");
    }

    @Test
    void aChangeOfMachineStartsANewLineAndTheMarkIsOnItsPoint(@TempDir Path tmp) throws IOException {
        Path site = SiteWriter.write(history(tmp.resolve("runs")), TestCorpusSizes.MANIFEST, tmp.resolve("site")).getParent();
        String read = Files.readString(site.resolve("trends/read.html"));
        int at = read.indexOf("ReadBenchmark.fair cache=warm corpus=don-quixote strategy=mappedSegment</h2>");
        String chart = read.substring(at, read.indexOf("</svg>", at));
        assertEquals(2, count(chart, "<polyline"), "one line per environment");
        assertEquals(1, count(chart, "class=\"regressed\""), "the marked point");
        assertEquals(5, count(chart, "<title>"), "a point per run");
        assertTrue(chart.contains("#2 run-1 (E1)") && chart.contains(", regressed"), chart);
        String other = read.substring(read.indexOf("<h2 id=\"b0\">"), read.indexOf("</svg>", read.indexOf("<h2 id=\"b0\">")));
        assertEquals(0, count(other, "class=\"regressed\""), "no mark elsewhere");
        assertTrue(!read.contains("<path class=\"improved\""), "nothing improved");
    }

    @Test
    void anIntervalIsDrawnAsTheRowsIntervalAndNeverBelowTheAxis(@TempDir Path tmp) throws IOException {
        Path site = SiteWriter.write(history(tmp.resolve("runs")), TestCorpusSizes.MANIFEST, tmp.resolve("site")).getParent();
        String speedups = Files.readString(site.resolve("speedups.html"));
        assertTrue(speedups.contains("stroke-dasharray"), "the line at 1");
        assertTrue(!speedups.contains("y2=\"-") && !speedups.contains("y1=\"-"), "nothing above the top");
        String run = Files.readString(site.resolve("runs/run-0.html"));
        assertTrue(run.contains(" to "), "intervals in the run's table");
    }

    @Test
    void anotherFolderIsNeverReplaced(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep");
        List<SiteRun> runs = history(tmp.resolve("runs"));
        assertThrows(UserInputException.class, () -> SiteWriter.write(runs, TestCorpusSizes.MANIFEST, out));
        assertEquals("keep", Files.readString(out.resolve("notes.txt")));
        try (var files = Files.list(out)) {
            assertEquals(1, files.count());
        }
        Path site = tmp.resolve("site");
        SiteWriter.write(runs, TestCorpusSizes.MANIFEST, site);
        SiteWriter.write(runs.subList(0, 2), TestCorpusSizes.MANIFEST, site);
        assertTrue(!Files.exists(site.resolve("runs/run-4.html")), "an earlier site is replaced as a whole");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
