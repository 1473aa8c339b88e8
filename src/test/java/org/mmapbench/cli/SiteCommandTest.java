package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.report.site.HistoryFixture;
import org.mmapbench.report.site.SiteLinks;

class SiteCommandTest {

    /** Runs 0-3 on one machine (run 2 has ReadBenchmark.fair/mappedSegment twice as slow), runs 4-5 on another; given out of order. */
    private static List<String> history(Path root) throws IOException {
        List<String> dirs = new ArrayList<>();
        for (int i = 5; i >= 0; i--) {
            dirs.add(HistoryFixture.run(root, "run-" + i, "2026-12-0" + (i + 1) + "T00:00:00Z", i < 4 ? "Test x64" : "Test ARM", 100 + i,
                    i == 2 ? "ReadBenchmark.fair/mappedSegment" : null, 2.0).toString());
        }
        return dirs;
    }

    @Test
    void theGateBetweenConsecutiveRunsOfOneMachineMarksTheSlowdownAndItsRecovery(@TempDir Path tmp) throws IOException {
        List<String> args = new ArrayList<>(List.of("site"));
        args.addAll(history(tmp.resolve("results")));
        args.addAll(List.of("--out", tmp.resolve("site").toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.code(), r.err());
        Path site = tmp.resolve("site");
        assertEquals(site.resolve("index.html").toAbsolutePath().normalize().toString(), r.out().strip());
        assertEquals(List.of(), SiteLinks.broken(site));
        String index = Files.readString(site.resolve("index.html"));
        String changes = index.substring(index.indexOf("id=\"changes\""), index.indexOf("id=\"runs\""));
        assertTrue(changes.contains(">regressed<") && changes.contains(">improved<"), changes);
        assertTrue(changes.contains("ReadBenchmark.fair cache=warm corpus=don-quixote strategy=mappedSegment"), changes);
        assertEquals(2, changes.split("<tr><td>").length - 1, "exactly the slowdown and its recovery: " + changes);
        String runs = index.substring(index.indexOf("id=\"runs\""));
        assertEquals(2, runs.split("first run on this environment").length - 1, "one first run per machine: " + runs);
        // The fixture has one row the gate cannot test, so the other runs are "inconclusive", not "no change".
        assertTrue(runs.contains("<td>inconclusive <span class=\"muted\" title=\"INCONCLUSIVE: 86 tested, 86 unchanged, 1 inconclusive\">(vs run-0)"), runs);
        String run2 = Files.readString(site.resolve("runs/run-2.html"));
        assertTrue(run2.contains("Against <a href=\"run-1.html\">run-1</a>: <b>regressed</b>"), run2);
        String run4 = Files.readString(site.resolve("runs/run-4.html"));
        assertTrue(run4.contains("None: this is the first run on its environment."), "another machine is never compared: " + run4);
    }

    @Test
    void badInputIsOneLineNamingTheFileAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("jmh.json"), "[{\"benchmark\": ");
        String good = HistoryFixture.run(tmp, "good", "2026-12-01T00:00:00Z", "Test x64", 1, null, 1).toString();
        CliRun r = CliRun.of("site", good, bad.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains(bad.resolve("jmh.json").toString()), r.err());
        assertTrue(!Files.exists(tmp.resolve("site")), "nothing written");
    }

    @Test
    void aFolderThatIsNotASiteIsRefused(@TempDir Path tmp) throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("keep.txt"), "mine");
        String good = HistoryFixture.run(tmp, "good", "2026-12-01T00:00:00Z", "Test x64", 1, null, 1).toString();
        CliRun r = CliRun.of("site", good, "--out", mine.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains(mine.toString()), r.err());
        assertEquals("mine", Files.readString(mine.resolve("keep.txt")));
    }
}
