package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.gate.Gate;
import org.mmapbench.gate.GateFiles;
import org.mmapbench.gate.GateHtml;
import org.mmapbench.gate.GateOptions;
import org.mmapbench.gate.GateResult;
import org.mmapbench.gate.GateTable;
import org.mmapbench.report.ReportWriter;
import org.mmapbench.report.chart.ChartOptions;
import org.mmapbench.report.html.HtmlSection;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.PythonJson;
import org.mmapbench.results.PythonResults;
import org.mmapbench.results.RunResults;
import org.mmapbench.run.BuildJar;
import org.mmapbench.run.ForkOrder;
import org.mmapbench.run.InterleavedExecutor;
import org.mmapbench.run.PlanEntry;
import org.mmapbench.run.PythonBaseline;
import org.mmapbench.run.RunExecutor;
import org.mmapbench.run.RunIds;
import org.mmapbench.run.RunPlan;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.util.OwnedFolder;
import org.mmapbench.util.UserInputException;
import org.openjdk.jmh.annotations.Mode;

/**
 * What follows a benchmark run in the main job: the Python article's functions timed beside it, the
 * regression gate against a baseline (with one confirming re-run of whatever it flags, interleaved with
 * the baseline's build when that is at hand), the report,
 * and saving the run as a new baseline.
 *
 * <p>The order matters: Python runs right after JMH, on the same machine state, so that the report
 * sees its {@code python.json}; the gate runs next so that its verdict table becomes a section of
 * the report, and the baseline is saved last, from a run that was complete and reported.
 */
final class BenchPipeline {

    /** The kind of folder a baseline is, as its {@link OwnedFolder} marker says. */
    static final String BASELINE_KIND = "baseline";

    private final RunExecutor executor;
    private final PrintStream out;

    BenchPipeline(RunExecutor executor, PrintStream out) {
        this.executor = executor;
        this.out = out;
    }

    /**
     * Times the Python article's functions on its corpus and writes {@code python.json} into the run
     * folder. A missing interpreter or a failing script is one line, not an error: the JMH results
     * stand on their own and the report says that Python was not measured.
     *
     * @param python the interpreter, or empty when none was found
     * @return whether {@code python.json} was written
     */
    boolean python(Path runDir, Optional<Path> python, CorpusLocator locator, PrintStream err) {
        if (python.isEmpty()) {
            out.println("mmapbench run: python3 is not on the PATH: the article's Python functions were not timed");
            out.flush();
            return false;
        }
        try {
            PythonResults r = new PythonBaseline(python.get(), err)
                    .measure(PythonBaseline.ARTICLE_CORPUS, locator.resolve(PythonBaseline.ARTICLE_CORPUS), PythonBaseline.DEFAULT_REPETITIONS);
            PythonJson.write(r, runDir.resolve(PythonResults.FILE_NAME));
            for (PythonResults.Function f : r.failures()) {
                out.println("mmapbench run: python: " + f.name() + " disagrees with the reference; the report leaves its ratio out");
            }
            out.println("mmapbench run: python.json written (" + r.pythonImplementation() + " " + r.pythonVersion() + ")");
            out.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            out.println("mmapbench run: the article's Python functions could not be timed, no python.json: "
                    + Main.oneLine(String.valueOf(e.getMessage())));
            out.flush();
            return false;
        }
    }

    /**
     * Gates {@code runDir} against {@code baseline} (when given) and re-runs flagged benchmarks once to
     * confirm. When the baseline's build is at hand ({@link BaselineBuild}), the re-run measures both
     * builds with their forks interleaved and decides every row that regressed or improved
     * ({@link Gate#confirmInterleaved}); otherwise it re-runs the regressed benchmarks with this build
     * alone and keeps a regression only if it regresses again ({@link Gate#confirm}).
     *
     * @return the confirmed gate result, or null without a baseline
     */
    GateResult gate(Path baseline, Path runDir, RunPlan plan, RunExecutor.Request request) throws IOException {
        if (baseline == null) {
            return null;
        }
        RunResults base = JmhJsonReader.read(baseline);
        RunResults cand = JmhJsonReader.read(runDir);
        GateOptions options = GateOptions.defaults();
        GateResult first = Gate.compare(base, cand, options);
        Set<String> flagged = first.flaggedKeys();
        Optional<Path> running = BuildJar.running();
        // Hashing the jars only when something needs confirming.
        Optional<Path> baselineBuild = flagged.isEmpty() ? Optional.empty()
                : BaselineBuild.find(baseline, base.environment().get(BuildJar.SHA256_PROPERTY), running);
        GateResult result = first;
        if (baselineBuild.isPresent()) {
            out.println("mmapbench gate: " + flagged.size() + " benchmark(s) regressed or improved against the stored baseline; "
                    + "re-running them with both builds, forks interleaved, to confirm (baseline build " + baselineBuild.get() + ")");
            out.flush();
            RunPlan rerunPlan = new RunPlan(plan.profile(), rerunEntries(cand, flagged), plan.sizes());
            String commit = base.environment().get("git.commit");
            InterleavedExecutor.Outcome o = new InterleavedExecutor(executor, out, System.err).execute(rerunPlan, request,
                    ForkOrder.balancedForks(plan.profile().forks()),
                    new InterleavedExecutor.Side("baseline", baselineBuild.get(), RunIds.validate(request.runId() + "-confirm-baseline"),
                            List.of(), commit == null ? "unknown" : commit),
                    new InterleavedExecutor.Side("candidate", running.orElseThrow(), RunIds.validate(request.runId() + "-confirm"),
                            List.of(), null));
            result = Gate.confirmInterleaved(first, JmhJsonReader.read(o.baselineDir()), JmhJsonReader.read(o.candidateDir()));
        } else if (!first.regressedKeys().isEmpty()) {
            Set<String> regressed = first.regressedKeys();
            out.println("mmapbench gate: " + regressed.size() + " benchmark(s) regressed; re-running them once to confirm"
                    + " (with this build only: the baseline's build is not at hand, see docs/gate.md#confirming-a-sequential-gate)");
            RunPlan rerunPlan = new RunPlan(plan.profile(), rerunEntries(cand, regressed), plan.sizes());
            RunExecutor.Request rerun = new RunExecutor.Request(request.profile(), request.include(), request.outDir(),
                    request.runId() + "-confirm", request.jvm(), request.projectDir(), request.verbose());
            RunExecutor.Outcome confirmRun = executor.execute(rerunPlan, rerun);
            result = Gate.confirm(base, cand, first, JmhJsonReader.read(confirmRun.runDir()));
        }
        out.print(GateTable.render(result));
        out.flush();
        return result;
    }

    /**
     * Gates the candidate of an interleaved run against its baseline. There is no confirming re-run:
     * both sides already shared the same minutes of machine load fork by fork, which is what the
     * re-run of a sequential gate tries to approximate.
     */
    GateResult gateInterleaved(Path baselineDir, Path candidateDir) throws IOException {
        GateResult result = Gate.compare(JmhJsonReader.read(baselineDir), JmhJsonReader.read(candidateDir), GateOptions.defaults());
        out.print(GateTable.render(result));
        out.flush();
        return result;
    }

    /** One plan entry per flagged benchmark, pinned to its exact parameters (a hint or an IPC transport among them), mode and threads. */
    static List<PlanEntry> rerunEntries(RunResults candidate, Set<String> keys) {
        Map<String, PlanEntry> entries = new LinkedHashMap<>();
        List<String> named = List.of("corpus", "strategy", "cache", "bufferSize");
        for (BenchmarkResult r : candidate.results()) {
            if (keys.contains(r.key())) {
                Map<String, List<String>> others = new LinkedHashMap<>();
                r.params().forEach((k, v) -> {
                    if (!named.contains(k)) {
                        others.put(k, List.of(v));
                    }
                });
                entries.put(r.key(), new PlanEntry(r.benchmark(), single(r.param("corpus")), single(r.param("strategy")),
                        single(r.param("cache")), single(r.param("bufferSize")), others, Mode.deepValueOf(r.mode().shortName()),
                        Math.max(1, r.threads())));
            }
        }
        return new ArrayList<>(entries.values());
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** Writes {@code reports/<run-id>/} and {@code reports/latest/}, with the gate's files when there is a verdict. */
    Path report(Path runDir, CorpusSizes sizes, Path reportsRoot, GateResult gate) throws IOException {
        List<HtmlSection> extra = gate == null ? List.of()
                : List.of(new HtmlSection("gate", "Regression gate", GateHtml.section(gate)));
        Path index = ReportWriter.writeToReports(List.of(JmhJsonReader.read(runDir)), sizes, reportsRoot, ChartOptions.DEFAULT, extra,
                tmp -> {
                    if (gate != null) {
                        GateFiles.writeInto(gate, tmp);
                    }
                });
        out.println("mmapbench report: " + index);
        out.flush();
        return index;
    }

    /**
     * Refuses, before anything is measured, a {@code --save-baseline} folder that saving would damage:
     * one that is not a baseline mmapbench wrote (and is not absent or empty), or one that is, holds or
     * lies inside the results folder or the new run folder.
     */
    static void checkBaselineTarget(Path baselineDir, Path resultsDir, Path runDir) throws IOException {
        Path b = baselineDir.toAbsolutePath().normalize();
        Path results = resultsDir.toAbsolutePath().normalize();
        Path run = runDir.toAbsolutePath().normalize();
        if (b.equals(results) || results.startsWith(b) || b.startsWith(run) || run.startsWith(b)) {
            throw new UserInputException("--save-baseline: " + baselineDir + " overlaps the results folder " + resultsDir
                    + "; give a folder of its own");
        }
        OwnedFolder.requireReplaceable(b, BASELINE_KIND, "--save-baseline");
    }

    /**
     * Copies the run's jmh.json and environment.json into {@code baselineDir}, with the jar that
     * measured them (when mmapbench runs from one) so that a later gate can re-run the baseline's build
     * beside its own; an older baseline there is replaced as a whole (see {@link #checkBaselineTarget}).
     */
    void saveBaseline(Path runDir, Path baselineDir) throws IOException {
        AtomicOutput.writeDirectory(baselineDir, BASELINE_KIND, tmp -> {
            for (String name : List.of(JmhJsonReader.JMH_JSON, JmhJsonReader.ENVIRONMENT_JSON)) {
                Path f = runDir.resolve(name);
                if (Files.isRegularFile(f)) {
                    Files.copy(f, tmp.resolve(name));
                }
            }
            Optional<Path> jar = BuildJar.running();
            if (jar.isPresent()) {
                Files.copy(jar.get(), tmp.resolve(BaselineBuild.JAR_NAME));
            }
        });
        out.println("mmapbench run: baseline saved in " + baselineDir);
        out.flush();
    }
}
