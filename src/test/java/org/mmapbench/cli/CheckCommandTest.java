package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.TestCorpora;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void passesOnATextAndPrintsOneRowPerCell() {
        Path f = TestCorpora.write(dir, "t.txt", TestCorpora.english(20_000, 3));
        CliRun r = CliRun.of("check", "--file", f.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("find") && r.out().contains("mappedSegment") && r.out().contains("PASS"), r.out());
        assertTrue(r.out().contains("0 disagree or fail"), r.out());
    }

    @Test
    void cellsOptionSelectsByName() {
        Path f = TestCorpora.write(dir, "u.txt", TestCorpora.english(2_000, 3));
        CliRun r = CliRun.of("check", "--file", f.toString(), "--cells", "^count/fair/"); // 8 byte strategies, pread included
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("8 cells checked"), r.out());
        CliRun durable = CliRun.of("check", "--file", f.toString(), "--cells", "^patch/durability/tempMove/");
        assertEquals(ExitCode.OK, durable.code(), durable.err());
        assertTrue(durable.out().contains("2 cells checked") && durable.out().contains("durability=none")
                && durable.out().contains("durability=synced"), durable.out());
    }

    @Test
    void usageErrorsAreOneLineAndExit3() {
        CliRun missing = CliRun.of("check", "--file", dir.resolve("nope.txt").toString());
        assertEquals(ExitCode.USAGE, missing.code());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
        CliRun corpus = CliRun.of("check", "--corpus", "no-such-corpus");
        assertEquals(ExitCode.USAGE, corpus.code());
        assertTrue(corpus.err().contains("'no-such-corpus' does not exist"), corpus.err());
        assertEquals(1, corpus.err().strip().lines().count(), corpus.err());
        Path f = TestCorpora.write(dir, "v.txt", new byte[] {1});
        CliRun regex = CliRun.of("check", "--file", f.toString(), "--cells", "([");
        assertEquals(ExitCode.USAGE, regex.code());
        assertEquals(1, regex.err().strip().lines().count(), regex.err());
    }

    @Test
    @Needs.Corpus
    void corpusIdsResolveThroughTheManifest() {
        CliRun r = CliRun.of("check", "--corpus", "don-quixote", "--cells", "^find/");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("don-quixote-996.txt") && r.out().contains("find"), r.out());
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun r = CliRun.of("check", "--help");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().contains("--file") && r.out().contains("--corpus") && r.out().contains("reference"), r.out());
    }
}
