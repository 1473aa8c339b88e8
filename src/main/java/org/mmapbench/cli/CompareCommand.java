package org.mmapbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.gate.GateFiles;
import org.mmapbench.gate.GateResult;
import org.mmapbench.report.ReportWriter;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.run.BenchProfile;
import org.mmapbench.run.BenchmarkCatalog;
import org.mmapbench.run.ForkOrder;
import org.mmapbench.run.ForkOverhead;
import org.mmapbench.run.InterleavedExecutor;
import org.mmapbench.run.PlanCrossCheck;
import org.mmapbench.run.RunExecutor;
import org.mmapbench.run.RunFailedException;
import org.mmapbench.run.RunIds;
import org.mmapbench.run.RunPlan;
import org.mmapbench.util.OwnedFolder;
import org.mmapbench.util.PathKind;
import org.mmapbench.util.Progress;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mmapbench compare}: runs one plan with two builds on this machine, their forks interleaved
 * per benchmark, and gates the candidate against the baseline.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Run the same plan with two builds of mmapbench on this machine, forks interleaved per benchmark "
                    + "in balanced blocks (baseline, candidate, candidate, baseline, ...), so both see the same minutes of machine load; "
                    + "then gate the candidate against the baseline (see 'mmapbench gate').",
            "Writes two run folders, <out>/<run-id>-baseline/ and <out>/<run-id>-candidate/, and prints the verdict table. "
                    + "Each fork is its own one-fork JMH run with the side's jar as its class path: a compare takes about "
                    + "twice as long as a run of the same profile (--dry-run prints the estimate).",
            "Both jars must be runnable mmapbench jars (target/mmapbench.jar) built with the same JMH version as this one "
                    + "and holding every benchmark of the plan. The cross-check of every cell runs once, with this build."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no regression",
            "1:a cross-check or a benchmark failed (nothing written), or the gate found a regression",
            "2:the gate was inconclusive",
            "3:usage or input error (a jar that is missing, not an mmapbench jar, lacks a benchmark or has another JMH version; "
                    + "an existing run folder; an output folder that cannot be used)",
            "4:another JMH run holds the JMH lock"
        })
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--baseline-jar", required = true, paramLabel = "JAR", description = "The baseline build's runnable jar.")
    Path baselineJar;

    @Option(names = "--candidate-jar", required = true, paramLabel = "JAR", description = "The candidate build's runnable jar.")
    Path candidateJar;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "quick",
            description = "smoke, quick, standard or full (default: ${DEFAULT-VALUE}, the CI gate's profile).")
    String profile;

    @Option(names = "--include", paramLabel = "REGEX", defaultValue = ".*",
            description = "Run only benchmarks whose name contains a match (default: ${DEFAULT-VALUE}).")
    String include;

    @Option(names = "--forks", paramLabel = "N",
            description = "Forks per benchmark and side (default: the profile's, rounded up to an even number so that the balanced "
                    + "fork order is exact; the gate needs at least 3).")
    Integer forks;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder that receives both run folders (default: <project>/results).")
    Path out;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "Stem of the two run folders' names (default: UTC time, profile and 'compare', e.g. 20261127T041500Z-quick-compare).")
    String runId;

    @Option(names = "--jvm", paramLabel = "PATH", description = "java launcher for the forks (default: the JVM running mmapbench).")
    String jvm;

    @Option(names = "--baseline-commit", paramLabel = "SHA", description = "The baseline build's commit, recorded as git.commit (default: unknown).")
    String baselineCommit;

    @Option(names = "--candidate-commit", paramLabel = "SHA", description = "The candidate build's commit, recorded as git.commit (default: unknown).")
    String candidateCommit;

    @Option(names = "--baseline-jvm-arg", paramLabel = "ARG",
            description = "An extra JVM argument for the baseline's forks only (repeatable), e.g. to compare JVM flags with one jar.")
    List<String> baselineJvmArgs = new ArrayList<>();

    @Option(names = "--candidate-jvm-arg", paramLabel = "ARG",
            description = "An extra JVM argument for the candidate's forks only (repeatable).")
    List<String> candidateJvmArgs = new ArrayList<>();

    @Option(names = "--gate-out", paramLabel = "DIR",
            description = "Also write gate.csv, gate.md, gate.html and gate.txt into DIR (a folder or a new path).")
    Path gateOut;

    @Option(names = "--report", description = "Write the candidate's report with the gate section (reports/<run-id>-candidate/ and reports/latest/).")
    boolean report;

    @Option(names = "--reports-dir", paramLabel = "DIR", description = "Folder for reports (default: <project>/reports).")
    Path reportsDir;

    @Option(names = "--dry-run", description = "Print the plan and the estimated wall time of the compare, run nothing.")
    boolean dryRun;

    @Option(names = "--verbose", description = "Stream JMH's own output to the console; by default it goes to each side's "
            + "<run-id>/jmh.log and the console shows one progress display.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        BenchProfile p = BenchProfile.byName(profile);
        int n = forks == null ? ForkOrder.balancedForks(p.forks()) : forks;
        if (n < 1) {
            throw new UserInputException("--forks: " + n + " must be at least 1 (the gate needs 3 a side)");
        }
        Path projectDir = RunCommand.projectDir();
        if (jvm != null && !Files.isExecutable(Path.of(jvm))) {
            throw new UserInputException("--jvm: '" + jvm + "' is not an executable file");
        }
        String stem = runId == null ? RunIds.defaultId(Instant.now(), p) + "-compare" : RunIds.validate(runId);
        Path outDir = out != null ? out : projectDir.resolve("results");
        CorpusSizes sizes = ProjectCorpusSizes.of(projectDir);
        RunPlan plan = RunPlan.of(p, include, BenchmarkCatalog.compiled(), sizes);
        CorpusLocator locator = CorpusLocator.standard(projectDir);
        RunExecutor executor = new RunExecutor(locator, new PlanCrossCheck(), System.out, System.err);
        if (dryRun) {
            executor.describe(plan, ForkOverhead.lookup(outDir, p));
            System.err.println("mmapbench compare: " + n + " fork(s) a side, interleaved; estimated wall time "
                    + Progress.formatDuration(InterleavedExecutor.estimateSeconds(plan, n, ForkOverhead.lookup(outDir, p))));
            return ExitCode.OK;
        }
        Path reportsRoot = reportsDir != null ? reportsDir : projectDir.resolve("reports");
        if (report) {
            requireReportsRoot(reportsRoot);
        }
        InterleavedExecutor.Side base = new InterleavedExecutor.Side("baseline", baselineJar, RunIds.validate(stem + "-baseline"),
                baselineJvmArgs, baselineCommit == null ? "unknown" : baselineCommit);
        InterleavedExecutor.Side cand = new InterleavedExecutor.Side("candidate", candidateJar, RunIds.validate(stem + "-candidate"),
                candidateJvmArgs, candidateCommit == null ? "unknown" : candidateCommit);
        try {
            RunExecutor.Request request = new RunExecutor.Request(p, include, outDir, cand.runId(), jvm, projectDir, verbose);
            InterleavedExecutor.Outcome o = new InterleavedExecutor(executor, System.out, System.err).execute(plan, request, n, base, cand);
            BenchPipeline pipeline = new BenchPipeline(executor, System.out);
            GateResult gate = pipeline.gateInterleaved(o.baselineDir(), o.candidateDir());
            if (gateOut != null) {
                GateFiles.write(gate, gateOut);
            }
            if (report) {
                pipeline.report(o.candidateDir(), sizes, reportsRoot, gate);
            }
            return ExitCode.of(gate.outcome());
        } catch (RunFailedException e) {
            System.err.println("mmapbench: " + Main.oneLine(e.getMessage()));
            return ExitCode.FAILED;
        }
    }

    /** Refuses, before measuring, a reports folder the report could not be written into. */
    static void requireReportsRoot(Path reportsRoot) throws IOException {
        PathKind kind = PathKind.of(reportsRoot);
        if (kind != PathKind.FOLDER && kind != PathKind.MISSING) {
            throw new UserInputException("--reports-dir: " + reportsRoot + " is " + kind.description() + ", not a folder");
        }
        OwnedFolder.requireReplaceable(reportsRoot.resolve(ReportWriter.LATEST), ReportWriter.KIND, "--reports-dir");
    }
}
