package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.util.UserInputException;

/** python.json: written and read back unchanged, checks and ratios derived, malformed files refused with one line. */
class PythonJsonTest {

    static PythonResults sample() {
        List<PythonResults.Function> fns = new ArrayList<>();
        String[] comparisons = PythonResults.COMPARISONS.toArray(String[]::new);
        for (int i = 0; i < comparisons.length; i++) {
            String c = comparisons[i];
            String sha = c.equals("find-and-replace") ? "ab" : null;
            fns.add(new PythonResults.Function("regular_" + i, c, "regular", List.of(4_000L, 5_000L, 6_000L, 5_000L, 5_000L, 5_000L, 5_000L),
                    5_000, 10 + i, sha, null, new PythonResults.Reference(10 + i, sha)));
            fns.add(new PythonResults.Function("mmap_" + i, c, "mmap", List.of(1_000L, 1_000L, 2_000L, 1_000L, 1_000L, 1_000L, 1_000L),
                    1_000, 20 + i, sha, null, new PythonResults.Reference(20 + i, sha)));
        }
        return new PythonResults("don-quixote", "00ff", 2_347_853, "3.11.7", "CPython", "/usr/bin/python3", 1,
                "perf_counter_ns", "1.00 2.00 3.00", fns);
    }

    @Test
    void roundTrip(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("python.json");
        PythonJson.write(sample(), f);
        assertEquals(sample(), PythonJson.read(f));
        String text = Files.readString(f);
        assertTrue(text.contains("\"read\" : 5.0"), text);
        assertTrue(text.contains("\"check\" : \"pass\""), text);
    }

    @Test
    void ratiosAndChecks() {
        PythonResults r = sample();
        assertEquals(5.0, r.ratio("regex").orElseThrow());
        assertTrue(r.failures().isEmpty());
        List<PythonResults.Function> fns = new ArrayList<>(r.functions());
        PythonResults.Function f = fns.get(2);
        fns.set(2, new PythonResults.Function(f.name(), f.comparison(), f.side(), f.samplesNs(), f.medianNs(), 999, null, null, f.expected()));
        PythonResults bad = new PythonResults(r.corpus(), r.corpusSha256(), r.fileBytes(), r.pythonVersion(), r.pythonImplementation(),
                r.pythonExecutable(), r.discarded(), r.timer(), r.loadAverage(), fns);
        assertEquals(List.of(fns.get(2)), bad.failures());
        assertFalse(bad.ratio("find").isPresent(), "no ratio from a function that disagrees");
        assertTrue(bad.ratio("read").isPresent());
    }

    @Test
    void errorWithoutReferenceIsSkippedNotFailed() {
        PythonResults.Function f = new PythonResults.Function("regular_io", "read", "regular", List.of(), 0, 0, null,
                "UnicodeDecodeError: ...", null);
        assertEquals("skipped", f.check());
        PythonResults.Function g = new PythonResults.Function("regular_io", "read", "regular", List.of(), 0, 0, null,
                "UnicodeDecodeError: ...", new PythonResults.Reference(3, null));
        assertEquals("fail", g.check());
    }

    @Test
    void malformedFilesAreOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("python.json");
        Files.writeString(f, "{\"corpus\": \"x\"", StandardCharsets.UTF_8);
        UserInputException e = assertThrows(UserInputException.class, () -> PythonJson.read(f));
        assertTrue(e.getMessage().startsWith(f + ": not valid JSON"), e.getMessage());
        Files.writeString(f, "[]", StandardCharsets.UTF_8);
        assertTrue(assertThrows(UserInputException.class, () -> PythonJson.read(f)).getMessage().contains("expected a JSON object"));
        PythonJson.write(sample(), f);
        Files.writeString(f, Files.readString(f).replace("\"median_ns\" : 5000", "\"median_ns\" : \"fast\""));
        e = assertThrows(UserInputException.class, () -> PythonJson.read(f));
        assertTrue(e.getMessage().contains("'functions[0].median_ns' must be a whole number"), e.getMessage());
    }
}
