package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmapbench.corpus.Sha256;

/** {@code mmapbench generate}: output, determinism and one-line usage errors with exit 3. */
class GenerateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheExactSizeAndPrintsTheHash() throws IOException {
        Path out = tmp.resolve("e.txt");
        CliRun r = CliRun.of("generate", "--kind", "english", "--size", "4KiB", "--seed", "42", "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(4096, Files.size(out));
        // The same bytes as the manifest's pinned english-4KiB.
        assertEquals("28b0ad4f5acc59df12b6532edf7abfa02fc0669c20a51732c99fb2686d685f6b", Sha256.of(out));
        assertTrue(r.out().contains("sha256 28b0ad4f5acc59df12b6532edf7abfa02fc0669c20a51732c99fb2686d685f6b"), r.out());
    }

    @Test
    void theSameSpecTwiceGivesTheSameHashAndTheSeedDefaultsTo42() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, CliRun.of("generate", "--kind", "utf8-mixed", "--size", "1000001", "--out", a.toString(), "--threads", "1").code());
        assertEquals(0, CliRun.of("generate", "--kind", "utf8-mixed", "--size", "1000001", "--seed", "42", "--out", b.toString()).code());
        assertEquals(Sha256.of(a), Sha256.of(b));
        assertEquals(1_000_001, Files.size(a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--kind prose --size 4KiB|--kind: 'prose' is not a generated corpus kind (valid: english, utf8-mixed, log, random-bytes)",
        "--kind public-domain --size 4KiB|--kind: 'public-domain' is not a generated corpus kind",
        "--kind english --size 4KB!|--size: '4KB!' is not a size",
        "--kind english --size 0|--size: '0' must be at least 1 byte",
        "--kind english --size 99999999999TiB|--size: '99999999999TiB' is too large",
        "--kind english --size 4KiB --seed many|generate: Invalid value for option '--seed'",
        "--kind english --size 4KiB --threads 0|--threads: must be at least 1",
    })
    void badArgumentsExit3WithOneLine(String args, String expected) {
        Path out = tmp.resolve("x");
        String[] argv = ("generate " + args + " --out " + out).split(" ");
        CliRun r = CliRun.of(argv);
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains(expected), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badOutputPathsExit3WithOneLine() throws IOException {
        Path missingDir = tmp.resolve("no/such/dir/out.txt");
        CliRun r = CliRun.of("generate", "--kind", "log", "--size", "1KiB", "--out", missingDir.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("mmapbench: --out: folder " + missingDir.getParent() + " does not exist", r.oneErrorLine());

        r = CliRun.of("generate", "--kind", "log", "--size", "1KiB", "--out", tmp.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().endsWith(" is a folder; give a regular file or a new path"), r.err());

        r = CliRun.of("generate", "--kind", "log", "--size", "1KiB");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("Missing required option: '--out=FILE'"), r.err());
    }

    @Test
    void helpDescribesEveryOption() {
        CliRun r = CliRun.of("generate", "--help");
        assertEquals(0, r.code());
        for (String option : new String[] {"--kind", "--size", "--seed", "--out", "--threads"}) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
