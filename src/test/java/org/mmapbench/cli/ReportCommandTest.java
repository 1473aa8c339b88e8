package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmapbench.report.Fixtures;
import org.mmapbench.report.LatestPointer;

/** {@code mmapbench report}: output locations, printed path, and every bad input -> one line, exit 3, nothing written. */
class ReportCommandTest {

    @Test
    void writesRunFolderAndLatestAndPrintsIndexPath(@TempDir Path tmp) throws IOException {
        Path reports = tmp.resolve("reports");
        CliRun r = CliRun.of("report", "--reports-dir", reports.toString(), Fixtures.jmh("run-with-env").toString());
        assertEquals(0, r.code(), r.err());
        Path index = reports.resolve("run-with-env").resolve("index.html");
        assertEquals(index.toAbsolutePath().normalize() + System.lineSeparator(), r.out());
        for (String f : List.of("index.html", "results.csv", "speedup.csv", "crossover.csv", "tutorial.csv", "anatomy.csv", "summary.md", "jmh.json", "environment.json")) {
            assertTrue(Files.isRegularFile(reports.resolve("run-with-env").resolve(f)), f);
        }
        // latest/ is a small page pointing at the newest report, not a second copy.
        assertEquals(reports.resolve("run-with-env"), LatestPointer.newest(reports));
        String page = Files.readString(reports.resolve("latest/index.html"));
        assertTrue(page.contains("url=../run-with-env/index.html") && page.contains("<a href=\"../run-with-env/index.html\">"), page);
        try (Stream<Path> s = Files.list(reports.resolve("latest"))) {
            assertEquals(List.of(".mmapbench-output", "index.html", "newest.txt"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // Running again replaces both folders and leaves no temporary siblings behind.
        assertEquals(0, CliRun.of("report", "--reports-dir", reports.toString(), Fixtures.jmh("run-with-env").toString()).code());
        try (Stream<Path> s = Files.list(reports)) {
            assertEquals(List.of("latest", "run-with-env"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void outOptionWritesOnlyThere(@TempDir Path tmp) {
        Path out = tmp.resolve("custom");
        CliRun r = CliRun.of("report", "--out", out.toString(), "--log-scale", Fixtures.jmh("real/find-avgt-gc.json").toString(),
                Fixtures.jmh("real/tiny-allmodes-gc.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("runs/find-avgt-gc/jmh.json")));
        assertFalse(Files.exists(tmp.resolve("latest")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad/truncated.json|truncated JSON at line 7",
        "bad/malformed.json|malformed JSON at line 5, column 5",
        "bad/empty-array.json|no benchmark results",
        "bad/empty-file.json|empty file",
        "bad/object.json|not JMH JSON",
        "bad/unrelated-objects.json|not JMH JSON",
    })
    void badInputIsOneLineExitThreeAndNothingWritten(String fixture, String problem, @TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Path file = Fixtures.jmh(fixture);
        // A good run first: a bad one among several inputs must still write nothing.
        CliRun r = CliRun.of("report", "--out", out.toString(), Fixtures.jmh("run-with-env").toString(), file.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("", r.out());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("mmapbench: " + file + ": "), lines[0]);
        assertTrue(lines[0].contains(problem), lines[0]);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "nothing written");
        }
    }

    @Test
    void unreadablePathAndUsageErrors(@TempDir Path tmp) {
        CliRun r = CliRun.of("report", "--out", tmp.resolve("o").toString(), tmp.resolve("missing.json").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("mmapbench: " + tmp.resolve("missing.json") + ": no such file or folder", r.err().strip());
        CliRun none = CliRun.of("report");
        assertEquals(ExitCode.USAGE, none.code());
        assertTrue(none.err().contains("RUN_DIR_OR_JSON"), none.err());
        CliRun help = CliRun.of("report", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--out") && help.out().contains("latest"), help.out());
    }
}
