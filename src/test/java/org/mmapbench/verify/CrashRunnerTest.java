package org.mmapbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

/**
 * Ten kills inside the operation per replace method, on an 8 MiB text: every file left behind is
 * classified, and the temporary-sibling-plus-atomic-move method is never torn.
 */
@Needs.ChildProcesses
class CrashRunnerTest {
    private static final int KILLS = 10;

    @TempDir
    static Path tmp;
    private static Path original;

    @BeforeAll
    static void text() throws IOException {
        String[] words = {"the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "then"};
        SplittableRandom r = new SplittableRandom(3);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 8 << 20) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? '\n' : ' ');
        }
        original = Files.writeString(tmp.resolve("text.txt"), sb, StandardCharsets.US_ASCII);
    }

    private static CrashRunner.Tally run(CrashRunner.Method m, List<String> lines) throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        CrashRunner runner = new CrashRunner(new CrashRunner.Options(KILLS, 6, 11, List.of("-Xmx256m",
                "--enable-native-access=ALL-UNNAMED"), Duration.ofSeconds(60)), lines::add);
        CrashRunner.Tally t = runner.run(m, original, work);
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count(), "every trial folder is deleted");
        }
        assertEquals(KILLS, t.inside(), CrashRunner.summary(t));
        assertEquals(KILLS, t.killFractions().size());
        assertEquals(KILLS, lines.size());
        assertEquals(t.trials(), t.inside() + t.afterEnd() + t.beforeStart());
        assertTrue(t.operationMillis() > 0);
        return t;
    }

    @Test
    void temporaryFilePlusAtomicMoveIsNeverTorn() throws IOException {
        CrashRunner.Tally t = run(CrashRunner.METHODS.get(0), new ArrayList<>());
        assertEquals(0, t.torn(), "temp + atomic move left a torn file: " + CrashRunner.summary(t));
    }

    @Test
    void inPlaceAndCopyBackMethodsAreClassified() throws IOException {
        for (CrashRunner.Method m : CrashRunner.METHODS.subList(1, CrashRunner.METHODS.size())) {
            CrashRunner.Tally t = run(m, new ArrayList<>());
            assertEquals(KILLS, t.original() + t.complete() + t.torn());
        }
    }
}
