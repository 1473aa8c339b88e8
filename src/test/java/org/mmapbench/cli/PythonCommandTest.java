package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.results.PythonJson;
import org.mmapbench.results.PythonResults;
import org.mmapbench.run.PythonBaseline;

/** {@code mmapbench python}: a table and python.json on success, one line and exit 3 on bad usage. */
class PythonCommandTest {

    @TempDir
    Path dir;

    @Test
    @Needs.Python
    @Needs.Corpus
    void timesTheArticleOnDonQuixoteAndWritesPythonJson() {
        assumeTrue(PythonBaseline.findPython3().isPresent(), "python3 is not on the PATH");
        Path out = dir.resolve("python.json");
        CliRun r = CliRun.of("python", "--corpus", "don-quixote", "--repetitions", "7", "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("find-and-replace"), r.out());
        assertTrue(r.out().contains("pass, pass"), r.out());
        PythonResults p = PythonJson.read(out);
        assertEquals("don-quixote", p.corpus());
        assertTrue(p.failures().isEmpty());
        for (String c : PythonResults.COMPARISONS) {
            assertTrue(p.ratio(c).isPresent(), c);
        }
    }

    @Test
    void tooFewRepetitionsIsAUsageError() {
        CliRun r = CliRun.of("python", "--repetitions", "3", "--out", dir.resolve("p.json").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("mmapbench: --repetitions: must be at least 7, not 3", r.oneErrorLine());
        assertFalse(Files.exists(dir.resolve("p.json")));
    }

    @Test
    void aMissingInterpreterIsAUsageError() {
        CliRun r = CliRun.of("python", "--python", dir.resolve("nope").toString(), "--out", dir.resolve("p.json").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("is not an executable file"), r.err());
    }

    @Test
    void anUnknownCorpusIsAUsageError() {
        assumeTrue(PythonBaseline.findPython3().isPresent(), "python3 is not on the PATH");
        CliRun r = CliRun.of("python", "--corpus", "no-such-corpus", "--out", dir.resolve("p.json").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("no-such-corpus"), r.err());
    }
}
