package org.mmapbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.gate.GateResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.run.BenchProfile;
import org.mmapbench.run.BenchmarkCatalog;
import org.mmapbench.run.BuildJar;
import org.mmapbench.run.ForkOrder;
import org.mmapbench.run.ForkOverhead;
import org.mmapbench.run.InterleavedExecutor;
import org.mmapbench.run.MemoryCgroup;
import org.mmapbench.run.PlanCrossCheck;
import org.mmapbench.run.PythonBaseline;
import org.mmapbench.run.RunExecutor;
import org.mmapbench.run.RunFailedException;
import org.mmapbench.run.RunIds;
import org.mmapbench.run.RunPlan;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mmapbench run}: runs a benchmark profile with JMH and writes {@code results/<run-id>/jmh.json}
 * and {@code environment.json}.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the JMH benchmarks of a profile; write <out>/<run-id>/jmh.json (standard JMH JSON with raw data) "
                    + "and environment.json (JDK, fork JVM arguments, OS, kernel, CPU, memory, file system, "
                    + "page-cache settings, SHA-256 of every corpus, git commit).",
            "Every measured cell is first cross-checked against the reference: a wrong answer refuses the run (exit 1).",
            "After JMH, the Python article's ten functions are timed on don-quixote with python3 (see 'mmapbench python') "
                    + "and python.json joins the run folder; without python3 (or with --no-python) that is one line, not an error.",
            "Profiles: smoke (seconds, 1 fork), quick (~6 min, 5 forks, the CI gate's profile), "
                    + "standard (~30 min, 3 forks, the default), depth (opt-in, hours, 5 forks: cost anatomy, kernel hints, ceilings, crossover size sweeps warm and cold, threads), full (hours, 5 forks, corpora up to 4 GiB), "
                    + "writes (opt-in, ~12 min: write modes, durability, messages between JVMs, crash trials of replace), "
                    + "huge (opt-in, ~34 min, as root only: the 4 GiB corpus read and counted mapped vs pread by forks in a 2 GiB "
                    + "memory cgroup, a per-iteration time series). "
                    + "The estimate printed first uses the fork overhead earlier runs on this host measured."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:results written",
            "1:a cross-check or a benchmark failed (nothing written), or a regression against --baseline was confirmed",
            "2:the gate against --baseline was inconclusive or the environments cannot be compared",
            "3:usage or input error (unknown profile, bad pattern, missing corpus, existing run folder, an output folder that "
                    + "cannot be used, a corpus that changed while mapped); checked before measuring where possible",
            "4:another JMH run holds the JMH lock, or the huge profile cannot make its memory cgroup (not root, no memory controller)"
        })
final class RunCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "standard",
            description = "smoke, quick, standard, depth, full, writes or huge (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--include", paramLabel = "REGEX", defaultValue = ".*",
            description = "Run only benchmarks whose name (e.g. org.mmapbench.bench.FindBenchmark.fair) contains a match (default: ${DEFAULT-VALUE}).")
    String include;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder that receives the run folder <run-id>/ (default: <project>/results).")
    Path out;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "Name of the run folder (default: UTC time and profile, e.g. 20261127T041500Z-quick).")
    String runId;

    @Option(names = "--jvm", paramLabel = "PATH",
            description = "java launcher for the forks (default: the JVM running mmapbench).")
    String jvm;

    @Option(names = "--report", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Write the report (reports/<run-id>/ and reports/latest/) when the run is done (default: ${DEFAULT-VALUE}).")
    boolean report;

    @Option(names = "--reports-dir", paramLabel = "DIR",
            description = "Folder for reports (default: <project>/reports).")
    Path reportsDir;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "Gate the new run against this baseline run folder; flagged benchmarks are re-run once to confirm, "
                    + "with both builds and their forks interleaved when the baseline's build is at hand (its jar, or the one "
                    + "--save-baseline kept beside it) (exit 1 on a confirmed regression, 2 when inconclusive). Empty: no gate.")
    String baseline;

    @Option(names = "--baseline-jar", paramLabel = "JAR",
            description = "Measure this run interleaved with another build: the forks of the baseline jar and of the jar "
                    + "running this command alternate per benchmark (see 'mmapbench compare'); the baseline's results go to "
                    + "<out>/<run-id>-baseline/ and the gate compares the two without a re-run. Needs mmapbench started "
                    + "from its jar (java -jar target/mmapbench.jar). Empty: an ordinary run.")
    String baselineJar;

    @Option(names = "--save-baseline", paramLabel = "DIR",
            description = "Copy the new run's jmh.json, environment.json and jar into DIR as a baseline. DIR must be new, empty, "
                    + "or a baseline mmapbench saved (which is replaced); anything else is refused before measuring. Empty: don't.")
    String saveBaseline;

    @Option(names = "--no-python",
            description = "Do not time the Python article's functions after JMH (by default they run on don-quixote "
                    + "when python3 is on the PATH, writing python.json into the run folder; the smoke, writes and huge profiles never run them).")
    boolean noPython;

    @Option(names = "--verbose", arity = "0..1", fallbackValue = "true",
            description = "Stream JMH's own output (every fork and iteration) to the console, as JMH prints it; by default it goes "
                    + "to <run-id>/jmh.log and the console shows one progress display (Maven: -Dbench.verbose=true).")
    boolean verbose;

    @Option(names = "--dry-run",
            description = "Print the plan and its estimated wall time, run nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        BenchProfile p = BenchProfile.byName(profile);
        Path projectDir = projectDir();
        if (jvm != null && !Files.isExecutable(Path.of(jvm))) {
            throw new UserInputException("--jvm: '" + jvm + "' is not an executable file");
        }
        String id = runId == null ? RunIds.defaultId(Instant.now(), p) : RunIds.validate(runId);
        Path outDir = out != null ? out : projectDir.resolve("results");
        CorpusSizes sizes = ProjectCorpusSizes.of(projectDir);
        RunPlan plan = RunPlan.of(p, include, BenchmarkCatalog.compiled(), sizes);
        CorpusLocator locator = CorpusLocator.standard(projectDir);
        RunExecutor executor = new RunExecutor(locator, new PlanCrossCheck(), System.out, System.err);
        if (dryRun) {
            executor.describe(plan, ForkOverhead.lookup(outDir, p));
            return ExitCode.OK;
        }
        if (p.memoryLimitBytes() > 0) {
            MemoryCgroup.requireUsable(MemoryCgroup.ROOT, MemoryCgroup.currentUid());
        }
        Path baselineDir = optionalPath(baseline, "--baseline");
        if (baselineDir != null && !Files.isDirectory(baselineDir) && !Files.isRegularFile(baselineDir)) {
            throw new UserInputException("--baseline: " + baselineDir + " does not exist (record one with --save-baseline)");
        }
        Path baselineJarPath = optionalPath(baselineJar, "--baseline-jar");
        if (baselineJarPath != null && baselineDir != null) {
            throw new UserInputException("--baseline-jar and --baseline: give one (an interleaved baseline or a stored one)");
        }
        Path ownJar = baselineJarPath == null ? null : ownJar();
        Path saveDir = optionalPath(saveBaseline, "--save-baseline");
        // Every output location is checked before anything is measured (the run folder is claimed in execute).
        if (saveDir != null) {
            BenchPipeline.checkBaselineTarget(saveDir, outDir, outDir.resolve(id));
        }
        Path reportsRoot = reportsDir != null ? reportsDir : projectDir.resolve("reports");
        if (report) {
            CompareCommand.requireReportsRoot(reportsRoot);
        }
        try {
            RunExecutor.Request request = new RunExecutor.Request(p, include, outDir, id, jvm, projectDir, verbose);
            BenchPipeline pipeline = new BenchPipeline(executor, System.out);
            Path runDir;
            Path interleavedBaseline = null;
            if (ownJar != null) {
                // The candidate is this jar, built from the project's checkout: its git.commit stands; the other's is unknown.
                InterleavedExecutor.Outcome o = new InterleavedExecutor(executor, System.out, System.err).execute(plan, request,
                        ForkOrder.balancedForks(p.forks()), new InterleavedExecutor.Side("baseline", baselineJarPath, RunIds.validate(id + "-baseline"), List.of(),
                                "unknown"),
                        new InterleavedExecutor.Side("candidate", ownJar, id, List.of(), null));
                runDir = o.candidateDir();
                interleavedBaseline = o.baselineDir();
            } else {
                runDir = executor.execute(plan, request).runDir();
            }
            if (!noPython && p != BenchProfile.SMOKE && p != BenchProfile.WRITES && p != BenchProfile.HUGE) {
                pipeline.python(runDir, PythonBaseline.findPython3(), locator, System.err);
            }
            GateResult gate = interleavedBaseline != null ? pipeline.gateInterleaved(interleavedBaseline, runDir)
                    : pipeline.gate(baselineDir, runDir, plan, request);
            if (report) {
                pipeline.report(runDir, sizes, reportsRoot, gate);
            }
            if (saveDir != null) {
                pipeline.saveBaseline(runDir, saveDir);
            }
            return gate == null ? ExitCode.OK : ExitCode.of(gate.outcome());
        } catch (RunFailedException e) {
            System.err.println("mmapbench: " + Main.oneLine(e.getMessage()));
            return ExitCode.FAILED;
        }
    }

    /** A path option that may be given empty (as Maven passes unset properties), meaning "not given". */
    private static Path optionalPath(String value, String option) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserInputException(option + ": '" + value + "' is not a valid path");
        }
    }

    /** The jar this mmapbench runs from, for the candidate side of {@code --baseline-jar}. */
    private static Path ownJar() {
        return BuildJar.running().orElseThrow(() -> new UserInputException("--baseline-jar: this mmapbench does not run from a jar; "
                + "start it with java -jar target/mmapbench.jar (or use 'mmapbench compare --baseline-jar A --candidate-jar B')"));
    }

    /** The project folder: system property {@code mmapbench.projectDir}, else the working directory. */
    static Path projectDir() {
        String prop = System.getProperty("mmapbench.projectDir");
        return Path.of(prop == null || prop.isBlank() ? "." : prop).toAbsolutePath().normalize();
    }
}
