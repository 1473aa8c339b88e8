package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.CrashTable;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;
import org.mmapbench.util.UserInputException;

/**
 * The IPC rows from a synthetic run with known histograms (sample time) and fork times (bulk), and the
 * crash table from a {@code crash.csv} beside the run: both become report sections.
 */
class WritingSectionsTest {

    @TempDir
    Path tmp;

    private Path runWithCrashTable() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run-1"));
        Files.copy(Fixtures.jmh("synthetic/ipc.json"), run.resolve(JmhJsonReader.JMH_JSON));
        new CrashTable("don-quixote", List.of(
                new CrashTable.Row("replace/fair/readAllBytes", "temporary sibling, force, atomic move", 12.5, 60, 50, 0, 10, 20, 30, 0,
                        7, 0.01, 0.5, 0.99),
                new CrashTable.Row("replace/literal/readString", "copied back", 4, 55, 50, 0, 5, 10, 25, 15, 50, 0.02, 0.4, 0.98)))
                .write(run.resolve(CrashTable.FILE_NAME));
        return run;
    }

    @Test
    void roundTripPercentilesPoolEveryForkAndBulkIsMessageSizeOverTime() {
        List<IpcRows.Row> rows = IpcRows.of(List.of(JmhJsonReader.read(Fixtures.jmh("synthetic/ipc.json"))));
        assertEquals(2, rows.size());
        IpcRows.Row rt = rows.get(0);
        assertEquals("roundTrip", rt.method());
        assertEquals("mappedRing", rt.transport());
        assertEquals(2000, rt.samples());
        // 10 us x 900, 20 us x 490, 30 us x 599, 100 us x 10, 1000 us x 1
        assertEquals(20.0, rt.p50Micros(), 1e-9);
        assertEquals(30.0, rt.p99Micros(), 1e-9);
        assertEquals(100.0, rt.p999Micros(), 1e-9);
        IpcRows.Row bulk = rows.get(1);
        // forks at 8 and 16 us per 64 KiB message
        assertEquals(6144.0, bulk.megabytesPerSecond(), 1e-9);
        assertEquals(4096.0, bulk.slowestFork(), 1e-9);
        assertEquals(8192.0, bulk.fastestFork(), 1e-9);
    }

    @Test
    void sectionsAppearInTheMarkdownAndHtml() throws IOException {
        RunResults run = JmhJsonReader.read(runWithCrashTable());
        ReportData data = ReportData.of(List.of(run), TestCorpusSizes.MANIFEST);
        String md = WritingSections.markdown(data);
        assertTrue(md.contains("| run-1 | mappedRing | 64 | 20 | 30 | 100 | 2000 | 2 |"), md);
        assertTrue(md.contains("| run-1 | mappedRing | 65536 | 6140 | 4100 to 8190 | 2 |"), md);
        assertTrue(md.contains("| run-1 | replace/fair/readAllBytes | temporary sibling, force, atomic move | don-quixote | 12.5 | 50 | 20 | 30"
                + " | 0 | 7 | 10 | 0 | 1% / 50% / 99% |"), md);
        assertTrue(md.contains("not a power cut"), md);
        assertEquals(List.of("ipc-latency", "ipc-bulk", "crash"), WritingSections.html(data).stream().map(s -> s.id()).toList());
        StringWriter w = new StringWriter();
        SummaryMarkdown.write(data, w);
        assertTrue(w.toString().contains("## Crash consistency of replace (SIGKILL)"));
    }

    @Test
    void aRunWithoutIpcOrCrashHasNoSuchSection() {
        ReportData data = ReportData.of(JmhJsonReader.readAll(List.of(Fixtures.jmh("synthetic/tutorial-don-quixote.json"))),
                TestCorpusSizes.MANIFEST);
        assertEquals("", WritingSections.markdown(data));
        assertTrue(WritingSections.html(data).isEmpty());
    }

    @Test
    void theCrashTableRoundTripsAndRefusesAnotherFile() throws IOException {
        Path run = runWithCrashTable();
        CrashTable t = CrashTable.read(run.resolve(CrashTable.FILE_NAME));
        assertEquals("don-quixote", t.corpus());
        assertEquals(2, t.rows().size());
        assertEquals(15, t.rows().get(1).torn());
        Path other = Files.writeString(tmp.resolve("other.csv"), "a,b\n1,2\n");
        UserInputException e = assertThrows(UserInputException.class, () -> CrashTable.read(other));
        assertTrue(e.getMessage().startsWith(other + ": not a crash table"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(IllegalArgumentException.class, () -> new CrashTable.Row("m", "d", 1, 1, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0));
    }
}
