package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.report.Fixtures;

/**
 * Issue 8: sweeps the command line with the inputs of the issue (folders with the user's files, FIFOs,
 * links, devices, huge sizes, overlapping outputs, bad options) in a child JVM whose temp folder is its
 * own, and checks that nothing changed outside each command's own declared outputs: not in the sandbox,
 * not in the temp folder, not in the project folder (its {@code target/} aside, which the build owns).
 */
@Tag("integration")
@Needs.ChildProcesses
class CliSweepTest {

    record Case(int code, List<String> args) {
    }

    @Test
    void nothingChangesOutsideTheCommandsOwnOutputs(@TempDir Path root) throws IOException, InterruptedException {
        Path sandbox = Files.createDirectories(root.resolve("sandbox"));
        Path childTmp = Files.createDirectories(root.resolve("tmp"));
        Path project = Path.of(System.getProperty("mmapbench.projectDir", ".")).toAbsolutePath().normalize();
        String run = Fixtures.jmh("run-with-env").toString();
        String gateA = GateCommandTest.RUN_A.toString();
        String gateB = GateCommandTest.RUN_B.toString();

        Path v = Files.createDirectories(sandbox.resolve("v"));
        Files.writeString(v.resolve("p.txt"), "precious");
        Files.createDirectories(v.resolve("sub"));
        Path file = Files.writeString(sandbox.resolve("existing-file.txt"), "mine");
        Path myRun = Files.createDirectories(sandbox.resolve("myrun"));
        Files.copy(Path.of(run, "jmh.json"), myRun.resolve("jmh.json"));
        Files.writeString(myRun.resolve("notes.txt"), "mine");
        Path fifo = sandbox.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path linkToFifo = Files.createSymbolicLink(sandbox.resolve("link-to-fifo"), fifo);
        Path loop = sandbox.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        Path folder = Files.createDirectories(sandbox.resolve("folder"));
        Path projectCopy = Files.createDirectories(sandbox.resolve("project/datasets"));
        Files.copy(project.resolve("datasets/corpora.csv"), projectCopy.resolve("corpora.csv"));
        Path outputs = Files.createDirectories(sandbox.resolve("outputs"));

        List<Case> cases = new ArrayList<>(List.of(
                new Case(3, List.of("report", run, "--out", v.toString())),
                new Case(3, List.of("report", run, "--out", file.toString())),
                new Case(3, List.of("report", myRun.toString(), "--out", myRun.toString())),
                new Case(3, List.of("report", run, "--out", "/")),
                new Case(3, List.of("report", fifo.toString(), "--out", outputs.resolve("never").toString())),
                new Case(3, List.of("generate", "--kind", "english", "--size", "4KiB", "--out", fifo.toString())),
                new Case(3, List.of("generate", "--kind", "english", "--size", "4KiB", "--out", linkToFifo.toString())),
                new Case(3, List.of("generate", "--kind", "english", "--size", "4KiB", "--out", folder.toString())),
                new Case(3, List.of("generate", "--kind", "english", "--size", "9223372036854775807", "--out",
                        sandbox.resolve("huge.txt").toString())),
                new Case(3, List.of("datasets", "--project-dir", projectCopy.getParent().toString(), "--prepare",
                        "english-9223372036854775807")),
                new Case(3, List.of("datasets", "--mirror", file.toString())),
                new Case(3, List.of("gate", "--baseline", gateA, "--candidate", gateB, "--resamples", "2000000000")),
                new Case(3, List.of("gate", "--baseline", fifo.toString(), "--candidate", gateB)),
                new Case(3, List.of("gate", "--baseline", gateA, "--candidate", gateB, "--out", file.toString())),
                new Case(3, List.of("check", "--file", fifo.toString())),
                new Case(3, List.of("check", "--file", folder.toString())),
                new Case(3, List.of("check", "--file", loop.toString())),
                new Case(3, List.of("check", "--file", file.toString(), "--cells", "zzz")),
                new Case(3, List.of("run", "--profile", "smoke", "--include", "ReadBenchmark", "--out", file.toString())),
                new Case(3, List.of("run", "--profile", "smoke", "--include", "ReadBenchmark", "--out",
                        sandbox.resolve("results").toString(), "--save-baseline", v.toString())),
                new Case(3, List.of("run", "--profile", "smoke", "--include", "ReadBenchmark", "--out",
                        sandbox.resolve("results").toString(), "--save-baseline", sandbox.resolve("results").toString())),
                new Case(3, List.of("run", "--include", "zzz")),
                new Case(3, List.of("--no-such-option")),
                // Commands that succeed, each writing only its declared output below outputs/.
                new Case(0, List.of("generate", "--kind", "english", "--size", "4KiB", "--out", outputs.resolve("c.txt").toString())),
                new Case(0, List.of("report", run, "--out", outputs.resolve("report").toString())),
                new Case(0, List.of("gate", "--baseline", gateA, "--candidate", gateB, "--out", outputs.resolve("gate").toString()))));
        if (ChildJvm.isRoot()) {
            Path dev = sandbox.resolve("null-like");
            if (new ProcessBuilder("mknod", dev.toString(), "c", "1", "3").start().waitFor() == 0) {
                cases.add(new Case(3, List.of("generate", "--kind", "english", "--size", "4KiB", "--out", dev.toString())));
                cases.add(new Case(3, List.of("check", "--file", dev.toString())));
            }
        }
        Path script = root.resolve("commands.tsv");
        Files.write(script, cases.stream().map(c -> String.join("\t", c.args())).toList(), StandardCharsets.UTF_8);

        Map<String, String> sandboxBefore = snapshot(sandbox);
        Map<String, String> tmpBefore = snapshot(childTmp);
        Map<String, String> projectBefore = snapshot(project);

        Process p = ChildJvm.start(ChildJvm.command(childTmp, SweepDriver.class.getName(), List.of(script.toString())), root);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the sweep finished");
        String err = Files.readString(root.resolve("child.err"));
        List<String> codes = Files.readAllLines(root.resolve("child.out")).stream().filter(l -> l.matches("\\d+")).toList();
        assertEquals(cases.size(), codes.size(), err);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).code(), Integer.parseInt(codes.get(i)), String.join(" ", cases.get(i).args()) + "\n" + err);
        }
        for (String line : err.lines().toList()) {
            assertTrue(!line.startsWith("\tat ") && !line.contains("Exception in"), "a stack trace on stderr: " + line);
        }

        Map<String, String> sandboxAfter = snapshot(sandbox);
        sandboxAfter.keySet().removeIf(k -> k.startsWith("outputs/"));
        assertEquals(sandboxBefore, sandboxAfter, "the sandbox changed outside outputs/");
        assertTrue(Files.isRegularFile(outputs.resolve("c.txt")) && Files.isRegularFile(outputs.resolve("report/index.html"))
                && Files.isRegularFile(outputs.resolve("gate/gate.csv")), "the successful commands wrote their outputs");
        assertEquals(tmpBefore, snapshot(childTmp), "the temp folder changed");
        assertEquals(projectBefore, snapshot(project), "the project folder changed");
    }

    /** Path -> type, size, mode and modification time of everything below {@code dir} (the project's target/ aside). */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = dir.relativize(p).toString();
                if (rel.equals("target") || rel.startsWith("target/")) {
                    continue;
                }
                PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String type = a.isSymbolicLink() ? "link" : a.isDirectory() ? "dir" : a.isRegularFile() ? "file" : "other";
                out.put(rel, type + " " + (a.isDirectory() ? "" : a.size()) + " " + PosixFilePermissions.toString(a.permissions())
                        + " " + (a.isDirectory() ? "" : a.lastModifiedTime()));
            }
        }
        return out;
    }
}
