package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

/**
 * Issue 8, item 10: SIGTERM during {@code check} of a replace cell left its copy in a
 * {@code mmapbench-check-*} temp folder. Now a shutdown hook deletes it. The child JVM has its own temp folder.
 */
@Tag("integration")
@Needs.ChildProcesses
class InterruptCleanupTest {

    @Test
    void item10SigtermDuringCheckLeavesNoScratchFolder(@TempDir Path tmp) throws IOException, InterruptedException {
        Path corpus = tmp.resolve("big.txt");
        byte[] text = "the quick brown fox jumps over the lazy dog, and the end. ".repeat(1 << 14).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream os = Files.newOutputStream(corpus)) {
            for (int i = 0; i < 128; i++) { // ~120 MB: the replace cells take seconds
                os.write(text);
            }
        }
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        Process p = ChildJvm.start(ChildJvm.command(childTmp, Main.class.getName(),
                List.of("check", "--file", corpus.toString(), "--cells", "^replace/")), tmp);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean copying = false;
        while (!copying && p.isAlive() && System.nanoTime() < deadline) {
            copying = scratchEntries(childTmp).stream().anyMatch(e -> e.contains("copy-"));
            Thread.sleep(20);
        }
        assertTrue(copying, "the child started copying: " + Files.readString(tmp.resolve("child.err")));
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(List.of(), scratchEntries(childTmp), "scratch folders left after SIGTERM");
    }

    private static List<String> scratchEntries(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(x -> !x.equals(root)).map(x -> root.relativize(x).toString())
                    .filter(x -> x.startsWith("mmapbench-check-")).toList();
        }
    }
}
