package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.gate.Gate;
import org.mmapbench.gate.GateOptions;
import org.mmapbench.gate.GateResult;
import org.mmapbench.report.LatestPointer;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.PythonResults;
import org.mmapbench.results.RunResults;
import org.mmapbench.run.PlanEntry;

/** The steps after a run in the main job: re-run selection, report with the gate, saving a baseline. */
class BenchPipelineTest {

    private static final Path FIXTURES = Path.of(System.getProperty("mmapbench.projectDir", "."), "src/test/resources/gate/fixtures");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final BenchPipeline pipeline = new BenchPipeline(null, new PrintStream(printed, true, StandardCharsets.UTF_8));

    private Path runFolder(String name, String fixture) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        Files.copy(FIXTURES.resolve(fixture), run.resolve(JmhJsonReader.JMH_JSON));
        return run;
    }

    @Test
    void withoutPython3TheRunSaysSoInOneLineAndWritesNoPythonJson() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        assertFalse(pipeline.python(run, Optional.empty(), id -> dir.resolve("missing.txt"), System.err));
        assertEquals("mmapbench run: python3 is not on the PATH: the article's Python functions were not timed",
                printed.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Files.exists(run.resolve(PythonResults.FILE_NAME)));
    }

    @Test
    void aFailingInterpreterIsOneLineAndLeavesNoPythonJson() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Path corpus = Files.writeString(dir.resolve("corpus.txt"), "a the b");
        Path fake = dir.resolve("python3");
        Files.writeString(fake, "#!/bin/sh\necho 'SyntaxError: boom' >&2\nexit 1\n");
        assertTrue(fake.toFile().setExecutable(true));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        assertFalse(pipeline.python(run, Optional.of(fake), id -> corpus, new PrintStream(progress, true, StandardCharsets.UTF_8)));
        String line = printed.toString(StandardCharsets.UTF_8).strip();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith("mmapbench run: the article's Python functions could not be timed, no python.json: ")
                && line.endsWith("failed (exit 1): SyntaxError: boom"), line);
        assertFalse(Files.exists(run.resolve(PythonResults.FILE_NAME)));
    }

    @Test
    void rerunPinsEachFlaggedBenchmarkToItsExactParameters() {
        RunResults run = JmhJsonReader.read(FIXTURES.resolve("run-a.json"));
        BenchmarkResult flagged = run.results().stream().filter(r -> r.param("strategy") != null).findFirst().orElseThrow();
        List<PlanEntry> entries = BenchPipeline.rerunEntries(run, Set.of(flagged.key()));
        assertEquals(1, entries.size());
        PlanEntry e = entries.get(0);
        assertEquals(flagged.benchmark(), e.benchmark());
        assertEquals(List.of(flagged.param("corpus")), e.corpora());
        assertEquals(List.of(flagged.param("strategy")), e.strategies());
        assertEquals(1, e.count());
        assertTrue(BenchPipeline.rerunEntries(run, Set.of()).isEmpty());
    }

    @Test
    void reportCarriesTheGateSectionAndFiles() throws IOException {
        Path base = runFolder("base", "run-a.json");
        Path cand = runFolder("cand", "run-b.json");
        GateResult gate = Gate.compare(JmhJsonReader.read(base), JmhJsonReader.read(cand), GateOptions.defaults());
        Path reports = dir.resolve("reports");
        Path index = pipeline.report(cand, TestCorpusSizes.MANIFEST, reports, gate);
        String html = Files.readString(index);
        assertTrue(html.contains("id=\"gate\""), "gate section in index.html");
        for (String f : List.of("gate.csv", "gate.md", "gate.html", "gate.txt")) {
            assertTrue(Files.isRegularFile(index.getParent().resolve(f)), f);
        }
        assertEquals(index.getParent(), LatestPointer.newest(reports), "latest/ points at the new report");
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("mmapbench report: " + index));
    }

    @Test
    void savingABaselineReplacesABaselineItSavedWholeAndRefusesAForeignFolder() throws IOException {
        Path run = runFolder("run", "run-a.json");
        Files.writeString(run.resolve(JmhJsonReader.ENVIRONMENT_JSON), "{}");
        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("stale.json"), "old");
        assertThrows(org.mmapbench.util.UserInputException.class, () -> pipeline.saveBaseline(run, foreign));
        assertEquals("old", Files.readString(foreign.resolve("stale.json")), "a folder mmapbench did not write is kept");
        Path baseline = dir.resolve("baseline");
        pipeline.saveBaseline(runFolder("older", "run-b.json"), baseline);
        pipeline.saveBaseline(run, baseline);
        assertEquals(Files.readString(run.resolve(JmhJsonReader.JMH_JSON)), Files.readString(baseline.resolve(JmhJsonReader.JMH_JSON)));
        assertTrue(Files.isRegularFile(baseline.resolve(JmhJsonReader.ENVIRONMENT_JSON)));
        assertEquals(JmhJsonReader.read(run).results().size(), JmhJsonReader.read(baseline).results().size());
    }
}
