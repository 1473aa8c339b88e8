package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.report.Fixtures;

/**
 * Issue 8, item 9: on a full disk every command says one line naming the path, exits 3 and leaves
 * nothing behind. The full disk is a 256 KiB tmpfs mounted in the test's temp folder (root only),
 * or a child JVM under {@code ulimit -f}.
 */
@Tag("integration")
@Needs.ChildProcesses
class DiskFullTest {

    @TempDir
    Path tmp;
    Path mnt;
    boolean mounted;

    @BeforeEach
    void mount() throws IOException, InterruptedException {
        mnt = Files.createDirectories(tmp.resolve("full"));
        if (ChildJvm.isRoot()) {
            // 16 KiB (four pages): smaller than any report, whose index.html alone is about 18 KB for one benchmark.
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mnt.toString()).inheritIO().start();
            mounted = p.waitFor() == 0;
        }
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted) {
            new ProcessBuilder("umount", mnt.toString()).inheritIO().start().waitFor();
        }
    }

    private void assumeMounted() {
        assumeTrue(mounted, "needs root and tmpfs for a small full disk");
    }

    private List<String> left() throws IOException {
        try (Stream<Path> s = Files.list(mnt)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void item9ReportOnAFullDiskIsOneLineNamingThePathAndLeavesNothing() throws IOException {
        assumeMounted();
        Path out = mnt.resolve("report");
        CliRun r = CliRun.of("report", Fixtures.jmh("run-with-env").toString(), "--out", out.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        // The line names the file that could not be written: inside the report's temporary sibling of OUT.
        assertTrue(r.oneErrorLine().contains(mnt.toString()) && r.oneErrorLine().contains("No space left"), r.err());
        assertEquals(List.of(), left());
    }

    @Test
    void item9ReportsDirOnAFullDiskLeavesNoHalfPublishedReport() throws IOException {
        assumeMounted();
        CliRun r = CliRun.of("report", Fixtures.jmh("run-with-env").toString(), "--reports-dir", mnt.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        r.oneErrorLine();
        assertEquals(List.of(), left(), "neither <run-id>/ nor latest/ is published");
    }

    @Test
    void item9GateOutOnAFullDiskLeavesNoEmptyFolder() throws IOException {
        assumeMounted();
        Path filler = mnt.resolve("filler");
        try (var os = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                os.write(block);
                os.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }
        Path out = mnt.resolve("gate");
        CliRun r = CliRun.of("gate", "--baseline", GateCommandTest.RUN_A.toString(), "--candidate", GateCommandTest.RUN_B.toString(),
                "--out", out.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().strip().lines().reduce((a, b) -> b).orElse("").contains(mnt.toString()), r.err());
        assertEquals(List.of("filler"), left());
    }

    @Test
    void item9GenerateBeyondTheFreeSpaceIsRefusedUpFront() throws IOException {
        assumeMounted();
        CliRun r = CliRun.of("generate", "--kind", "english", "--size", "1MiB", "--out", mnt.resolve("c.txt").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.oneErrorLine().contains("free"), r.err());
        assertEquals(List.of(), left());
    }

    @Test
    void item9GenerateWhoseWriteFailsIsOneLineNamingTheFile() throws IOException, InterruptedException {
        Path out = tmp.resolve("limited").resolve("c.txt");
        Files.createDirectories(out.getParent());
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        // ulimit -f 256: files may grow to 256 KiB; the JVM ignores SIGXFSZ, so the write fails with EFBIG.
        String java = String.join(" ", ChildJvm.command(childTmp, Main.class.getName(),
                List.of("generate", "--kind", "english", "--size", "1MiB", "--out", out.toString())).stream()
                .map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        Process p = ChildJvm.start(List.of("bash", "-c", "ulimit -f 256 && exec " + java), tmp);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(tmp.resolve("child.err")).strip();
        assertEquals(ExitCode.USAGE, p.exitValue(), err);
        assertTrue(!err.contains("\n") && err.contains(out.toString()) && err.contains("File too large"), err);
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertEquals(List.of(), s.toList(), "no temporary left");
        }
    }
}
