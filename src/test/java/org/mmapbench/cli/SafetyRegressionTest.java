package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.gate.GateOutcome;
import org.mmapbench.report.Fixtures;
import org.mmapbench.util.OwnedFolder;

/**
 * Regression tests for issue 8 ("never destroy what the user did not create"), one per bug, each
 * with its fixture made in the test's own temp folder. Items 4, 7, 10 and 11 are covered in
 * {@code run}, {@code verify} and {@code util} tests, item 9 in {@link DiskFullTest}.
 */
class SafetyRegressionTest {

    @TempDir
    Path tmp;

    private static Path run() {
        return Fixtures.jmh("run-with-env");
    }

    /** A copy of the run-with-env fixture in the temp folder. */
    private Path runCopy(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String f : List.of("jmh.json", "environment.json")) {
            Files.copy(run().resolve(f), dir.resolve(f));
        }
        return dir;
    }

    private static Path mkfifo(Path p) throws IOException, InterruptedException {
        Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assumeTrue(pr.waitFor() == 0, "mkfifo works here");
        return p;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    // ---- item 1: report --out DIR deleted whatever DIR held

    @Test
    void item1ReportOutRefusesAFolderItDidNotWriteAndKeepsItsFiles() throws IOException {
        Path v = Files.createDirectories(tmp.resolve("v"));
        Files.writeString(v.resolve("p.txt"), "precious");
        Files.createDirectories(v.resolve("sub"));
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(v));
        CliRun r = CliRun.of("report", run().toString(), "--out", v.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.oneErrorLine().contains(v.toString()) && r.oneErrorLine().contains("did not write"), r.err());
        assertEquals("precious", Files.readString(v.resolve("p.txt")));
        assertTrue(Files.isDirectory(v.resolve("sub")));
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(v)));
        assertEquals(List.of("v"), names(tmp), "no temporaries left");
    }

    @Test
    void item1ReportOutOnAFileOrOnTheRunFolderItselfIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("existing-file.txt"), "mine");
        assertEquals(ExitCode.USAGE, CliRun.of("report", run().toString(), "--out", file.toString()).code());
        assertEquals("mine", Files.readString(file));
        Path myRun = runCopy("myrun");
        Files.writeString(myRun.resolve("notes.txt"), "mine too");
        CliRun r = CliRun.of("report", myRun.toString(), "--out", myRun.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertEquals(List.of("environment.json", "jmh.json", "notes.txt"), names(myRun));
    }

    @Test
    void item1AReportFolderMmapbenchWroteIsReplacedWithUmaskModes() throws IOException {
        Path out = tmp.resolve("report");
        assertEquals(0, CliRun.of("report", run().toString(), "--out", out.toString()).code());
        assertTrue(Files.isRegularFile(out.resolve(OwnedFolder.MARKER)));
        Path reference = Files.createDirectory(tmp.resolve("made-like-mkdir"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out), "umask-based folder mode");
        assertEquals(0, CliRun.of("report", run().toString(), "--out", out.toString()).code(), "its own folder is replaced");
        Files.writeString(out.resolve("added-by-user.txt"), "x");
        assertEquals(ExitCode.USAGE, CliRun.of("report", run().toString(), "--out", out.toString()).code(),
                "a report folder the user added to is not deleted");
        assertTrue(Files.exists(out.resolve("added-by-user.txt")));
    }

    // ---- item 2: run --save-baseline DIR wiped DIR

    @Test
    void item2SaveBaselineRefusesAForeignFolderOrTheResultsFolderUpFront() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        Path results = tmp.resolve("results");
        assertThrows(org.mmapbench.util.UserInputException.class,
                () -> BenchPipeline.checkBaselineTarget(notes, results, results.resolve("r1")));
        assertThrows(org.mmapbench.util.UserInputException.class,
                () -> BenchPipeline.checkBaselineTarget(results, results, results.resolve("r1")));
        assertThrows(org.mmapbench.util.UserInputException.class,
                () -> BenchPipeline.checkBaselineTarget(results.resolve("r1"), results, results.resolve("r1")));
        // Through the command line: refused before any benchmark runs (no results folder appears).
        CliRun r = CliRun.of("run", "--profile", "smoke", "--include", "ReadBenchmark", "--out", results.toString(),
                "--save-baseline", notes.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertFalse(Files.exists(results), "nothing measured, nothing claimed");
        assertEquals(List.of("todo.txt"), names(notes));
    }

    @Test
    void item2ABaselineHoldsOnlyTheTwoJsonFilesAndAMarkerAndIsReplaceable() throws IOException {
        Path myRun = runCopy("r1");
        Files.writeString(myRun.resolve("notes.txt"), "not copied");
        Path baseline = tmp.resolve("baseline");
        BenchPipeline pipeline = new BenchPipeline(null, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        pipeline.saveBaseline(myRun, baseline);
        assertEquals(List.of(OwnedFolder.MARKER, "environment.json", "jmh.json"), names(baseline));
        BenchPipeline.checkBaselineTarget(baseline, tmp.resolve("results"), tmp.resolve("results/r2"));
        pipeline.saveBaseline(myRun, baseline);
        assertEquals(List.of(OwnedFolder.MARKER, "environment.json", "jmh.json"), names(baseline));
    }

    // ---- item 3: generate --out replaced /dev/null, FIFOs and symlinks

    @Test
    void item3GenerateOutRefusesAFifoAndALinkToOne() throws IOException, InterruptedException {
        Path fifo = mkfifo(tmp.resolve("fifo"));
        Path link = Files.createSymbolicLink(tmp.resolve("link-to-fifo"), fifo);
        for (Path out : List.of(fifo, link)) {
            CliRun r = CliRun.of("generate", "--kind", "english", "--size", "4KiB", "--out", out.toString());
            assertEquals(ExitCode.USAGE, r.code(), r.err());
            assertTrue(r.oneErrorLine().contains("FIFO"), r.err());
        }
        assertEquals("FIFO", Files.getAttribute(fifo, "unix:mode") instanceof Integer m && (m & 0170000) == 0010000 ? "FIFO" : "?");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void item3GenerateOutRefusesACharacterDevice() throws IOException, InterruptedException {
        assumeTrue(isRoot(), "mknod needs root");
        Path dev = tmp.resolve("null-like");
        assumeTrue(new ProcessBuilder("mknod", dev.toString(), "c", "1", "3").start().waitFor() == 0, "mknod works here");
        CliRun r = CliRun.of("generate", "--kind", "english", "--size", "4KiB", "--out", dev.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.oneErrorLine().contains("character device"), r.err());
        assertEquals(0020000, (Integer) Files.getAttribute(dev, "unix:mode") & 0170000, "still a device");
    }

    @Test
    void item3GenerateOutFollowsALinkToARegularFileAndKeepsTheLink() throws IOException {
        Path file = Files.writeString(tmp.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), file);
        assertEquals(0, CliRun.of("generate", "--kind", "english", "--size", "4KiB", "--out", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(4096, Files.size(file));
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
        assertEquals(ExitCode.USAGE, CliRun.of("generate", "--kind", "english", "--size", "4KiB", "--out", dangling.toString()).code());
        assertFalse(Files.exists(tmp.resolve("nowhere")));
    }

    // ---- item 5: sizes that overflow

    @Test
    void item5GenerateRefusesSizesTheArithmeticCannotHold() throws IOException {
        Path out = tmp.resolve("huge.txt");
        for (String size : List.of("9223372036854775807", String.valueOf(Long.MAX_VALUE - (1L << 20) + 1), "2PiB", "2048TiB")) {
            CliRun r = CliRun.of("generate", "--kind", "english", "--size", size, "--out", out.toString());
            assertEquals(ExitCode.USAGE, r.code(), size + ": " + r.err());
        }
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void item5DatasetsRefusesAnOverflowingCorpusIdAndVerifyComparesTheRealSize() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/datasets"));
        Files.copy(org.mmapbench.corpus.Corpora.projectDir().resolve(org.mmapbench.corpus.CorpusManifest.PATH),
                project.resolve("corpora.csv"));
        Path dir = project.getParent();
        CliRun huge = CliRun.of("datasets", "--project-dir", dir.toString(), "--prepare", "english-9223372036854775807");
        assertEquals(ExitCode.USAGE, huge.code(), huge.err());
        assertFalse(Files.exists(project.resolve("generated")));
        assertEquals(0, CliRun.of("datasets", "--project-dir", dir.toString(), "--prepare", "english-4KiB").code());
        Path cached = project.resolve("generated/english-4KiB.txt");
        Files.write(cached, new byte[0]); // truncated behind the cache's back
        CliRun v = CliRun.of("datasets", "--project-dir", dir.toString(), "--verify");
        assertEquals(ExitCode.FAILED, v.code(), v.out());
        assertTrue(v.err().contains("should have 4096 bytes but the file has 0"), v.err());
    }

    // ---- item 6: CSV formula injection, raw HTML in summary.md

    @Test
    void item6CsvCellsCannotBeFormulasAndSummaryMdCarriesNoRawHtml() throws IOException {
        String[] payloads = {"=cmd|' /C calc'!A0", "+SUM(1+1)", "@SUM(1)", "-2+3"};
        ObjectMapper json = new ObjectMapper();
        ArrayNode root = (ArrayNode) json.readTree(run().resolve("jmh.json").toFile());
        int i = 0;
        for (JsonNode b : root) {
            ((ObjectNode) b.get("params")).put("corpus", payloads[i++ % payloads.length]);
        }
        Path evil = Files.createDirectories(tmp.resolve("run<script>alert(1)<script>"));
        json.writeValue(evil.resolve("jmh.json").toFile(), root);
        Path out = tmp.resolve("report");
        CliRun r = CliRun.of("report", evil.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(out.resolve("results.csv"))).getRecords();
        assertFalse(rows.isEmpty());
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertFalse(cell.matches("[=+@\\t\\r].*") || cell.matches("-[^0-9.].*") || cell.equals("-2+3"), "formula cell: " + cell);
            }
            assertTrue(row.get("corpus").startsWith("'"), row.get("corpus"));
            Double.parseDouble(row.get("median")); // numbers stay numbers
        }
        String md = Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8);
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("&lt;script&gt;"), md);
    }

    // ---- item 8: gate --resamples 2000000000 ran out of memory and exited 1

    @Test
    void item8GateResamplesAreBounded() {
        CliRun r = CliRun.of("gate", "--baseline", GateCommandTest.RUN_A.toString(), "--candidate",
                GateCommandTest.RUN_B.toString(), "--resamples", "2000000000");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("--resamples"), r.err());
    }

    // ---- item 12: smaller items

    @Test
    void item12CheckCellsMatchingNothingIsAUsageErrorLikeRunInclude() throws IOException {
        Path f = Files.writeString(tmp.resolve("t.txt"), "the quick brown fox");
        CliRun r = CliRun.of("check", "--file", f.toString(), "--cells", "zzz");
        assertEquals(ExitCode.USAGE, r.code(), r.out());
        assertTrue(r.oneErrorLine().contains("matches no cell"), r.err());
        assertEquals(ExitCode.USAGE, CliRun.of("run", "--include", "zzz", "--dry-run").code());
    }

    @Test
    void item12ReportGateAndCheckRefuseAFifoInsteadOfHanging() throws IOException, InterruptedException {
        Path fifo = mkfifo(tmp.resolve("input.json"));
        Path dirWithFifo = Files.createDirectories(tmp.resolve("run"));
        mkfifo(dirWithFifo.resolve("jmh.json"));
        List<String[]> commands = List.of(
                new String[] {"report", fifo.toString(), "--out", tmp.resolve("o").toString()},
                new String[] {"report", dirWithFifo.toString(), "--out", tmp.resolve("o").toString()},
                new String[] {"gate", "--baseline", fifo.toString(), "--candidate", fifo.toString()},
                new String[] {"check", "--file", fifo.toString()});
        for (String[] args : commands) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneErrorLine().contains("FIFO"), r.err());
        }
        CliRun proc = CliRun.of("check", "--file", "/proc/self/status");
        assertEquals(ExitCode.USAGE, proc.code());
        assertTrue(proc.oneErrorLine().contains("pseudo file system"), proc.err());
    }

    @Test
    void item12CheckFileSaysWhatThePathReallyIs() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Path loopA = tmp.resolve("loop-a");
        Files.createSymbolicLink(loopA, tmp.resolve("loop-b"));
        Files.createSymbolicLink(tmp.resolve("loop-b"), loopA);
        assertTrue(CliRun.of("check", "--file", folder.toString()).oneErrorLine().endsWith("is a folder, not a regular file"));
        assertTrue(CliRun.of("check", "--file", loopA.toString()).oneErrorLine().contains("loop of symbolic links"));
        assertTrue(CliRun.of("check", "--file", tmp.resolve("missing").toString()).oneErrorLine().endsWith("no such file"));
        if (isRoot()) {
            Path dev = tmp.resolve("zero-like");
            if (new ProcessBuilder("mknod", dev.toString(), "c", "1", "5").start().waitFor() == 0) {
                assertTrue(CliRun.of("check", "--file", dev.toString()).oneErrorLine().contains("character device"));
            }
        }
    }

    @Test
    void item12ReportOutRootIsOneLineNotATrace() {
        CliRun r = CliRun.of("report", run().toString(), "--out", "/");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertFalse(r.oneErrorLine().contains("Exception"), r.err());
    }

    @Test
    void item12GateOutOnAnExistingFileSaysWhatIsWrong() throws IOException {
        Path file = Files.writeString(tmp.resolve("existing-file"), "mine");
        CliRun r = CliRun.of("gate", "--baseline", GateCommandTest.RUN_A.toString(), "--candidate",
                GateCommandTest.RUN_B.toString(), "--out", file.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains(file + " is a regular file, not a folder"), r.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void item12MirrorFromTheEnvironmentIsCheckedLikeTheOption() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        org.mmapbench.util.UserInputException e = assertThrows(org.mmapbench.util.UserInputException.class,
                () -> org.mmapbench.corpus.Corpora.checkMirror(file, org.mmapbench.corpus.Corpora.MIRROR_ENV));
        assertTrue(e.getMessage().startsWith("MMAPBENCH_MIRROR: mirror " + file + " is a regular file"), e.getMessage());
        CliRun r = CliRun.of("datasets", "--mirror", file.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("--mirror: mirror " + file + " is a regular file"), r.err());
    }

    @Test
    void item12GateFilesGetUmaskModes() throws IOException {
        Path out = tmp.resolve("gate");
        assertEquals(0, CliRun.of("gate", "--baseline", GateCommandTest.RUN_A.toString(), "--candidate",
                GateCommandTest.RUN_B.toString(), "--out", out.toString()).code());
        Path reference = Files.writeString(tmp.resolve("made-like-touch"), "");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out.resolve("gate.csv")));
    }

    @Test
    void item12ANewlineInAFileNameKeepsCheckRowsOnOneLine() throws IOException {
        Path f = Files.writeString(tmp.resolve("two\nlines.txt"), "the quick brown fox, the end");
        CliRun r = CliRun.of("check", "--file", f.toString(), "--cells", "^read/fair/readAllBytes$");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("two\\nlines.txt"), r.out());
        assertEquals(3, r.out().lines().count(), "header, one row, summary:\n" + r.out());
    }

    @Test
    void item12DatasetsPrepareReportsAMismatchOnce() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/datasets"));
        List<String> manifest = Files.readAllLines(org.mmapbench.corpus.Corpora.projectDir()
                .resolve(org.mmapbench.corpus.CorpusManifest.PATH));
        Files.write(project.resolve("corpora.csv"), manifest);
        Path mirror = Files.createDirectories(tmp.resolve("mirror"));
        Files.writeString(mirror.resolve("moby-dick-2701.txt"), "not moby dick");
        CliRun r = CliRun.of("datasets", "--project-dir", project.getParent().toString(), "--mirror", mirror.toString(),
                "--prepare", "moby-dick");
        assertEquals(ExitCode.FAILED, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("moby-dick")).count(), r.err());
    }

    @Test
    void gateOutcomeMapsToTheTable() {
        assertEquals(ExitCode.FAILED, ExitCode.of(GateOutcome.REGRESSED));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
