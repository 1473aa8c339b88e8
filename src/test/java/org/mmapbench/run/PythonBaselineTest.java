package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.results.PythonResults;
import org.mmapbench.verify.Reference;

/**
 * The Python article's functions run by the real {@code python3} agree with {@link PythonExpectations}
 * on text built to tell the meanings apart (line ends, multi-byte and 4-byte characters, Unicode word
 * boundaries), and the runner refuses output that is not the script's.
 */
class PythonBaselineTest {

    /**
     * 10 KiB of text: a BOM, CRLF and a lone CR, an emoji and accented words before the first " the ", then ASCII
     * lines (byte 10000 must start a character, or Python's seek-find fails: see the next test).
     */
    static byte[] trickyText() {
        StringBuilder sb = new StringBuilder("\uFEFFTitle\r\n\rcafé \uD83D\uDE00 éabcde words² and the first\r\n");
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < 10_100) {
            sb.append("Quixote rode\r\nwith Sancho; where is the horse ").append('\n');
        }
        sb.append("end of the text\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Needs.Python
    void theRealScriptAgreesWithTheReferenceOnTrickyText(@TempDir Path dir) throws IOException {
        Optional<Path> python = PythonBaseline.findPython3();
        assumeTrue(python.isPresent(), "python3 is not on the PATH");
        Path file = dir.resolve("tricky.txt");
        Files.write(file, trickyText());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PythonResults r = new PythonBaseline(python.get(), new PrintStream(err, true, StandardCharsets.UTF_8))
                .measure("tricky", file, PythonBaseline.MIN_REPETITIONS);
        assertEquals(10, r.functions().size());
        for (PythonResults.Function f : r.functions()) {
            assertEquals("pass", f.check(), f.name() + ": answer " + f.answer() + " sha " + f.sha256After() + " vs " + f.expected());
            assertEquals(PythonBaseline.MIN_REPETITIONS, f.samplesNs().size(), f.name());
        }
        // The meanings really differ on this text, so agreeing proves something.
        assertTrue(r.function("find", "regular").orElseThrow().answer() != r.function("find", "mmap").orElseThrow().answer());
        assertTrue(r.function("regex", "regular").orElseThrow().answer() != r.function("regex", "mmap").orElseThrow().answer());
        assertTrue(r.pythonVersion().startsWith("3."), r.pythonVersion());
        assertEquals(Reference.sha256(trickyText()), r.corpusSha256());
    }

    @Test
    @Needs.Python
    void aFileThatIsNotUtf8IsSkippedOnTheRegularSideOnly(@TempDir Path dir) throws IOException {
        Optional<Path> python = PythonBaseline.findPython3();
        assumeTrue(python.isPresent(), "python3 is not on the PATH");
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "canción de la mancha, the end ".repeat(500).getBytes(StandardCharsets.ISO_8859_1));
        PythonResults r = new PythonBaseline(python.get(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .measure("latin1", file, PythonBaseline.MIN_REPETITIONS);
        for (PythonResults.Function f : r.functions()) {
            assertEquals(f.side().equals("regular") ? "skipped" : "pass", f.check(), f.name());
        }
        assertTrue(r.failures().isEmpty());
    }

    @Test
    void outputThatIsNotTheScriptsIsRefused() {
        Map<String, Reference.Expected> expected = PythonExpectations.of("a the b".getBytes(StandardCharsets.US_ASCII));
        IOException e = assertThrows(IOException.class, () -> PythonBaseline.parse("Traceback".getBytes(StandardCharsets.UTF_8),
                "x", "00", expected, ""));
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
        e = assertThrows(IOException.class, () -> PythonBaseline.parse("{\"functions\": [{\"name\": \"other\"}]}"
                .getBytes(StandardCharsets.UTF_8), "x", "00", expected, ""));
        assertTrue(e.getMessage().contains("unknown function 'other'"), e.getMessage());
    }

    @Test
    void findsExecutablesOnThePath(@TempDir Path dir) throws IOException {
        Path exe = dir.resolve("python3");
        Files.writeString(exe, "#!/bin/sh\n");
        assertTrue(PythonBaseline.findOnPath("python3", dir.toString()).isEmpty(), "not executable yet");
        assertTrue(exe.toFile().setExecutable(true));
        assertEquals(Optional.of(exe), PythonBaseline.findOnPath("python3", "/nonexistent:" + dir));
        assertTrue(PythonBaseline.findOnPath("python3", "").isEmpty());
    }
}
