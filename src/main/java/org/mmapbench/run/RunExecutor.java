package org.mmapbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.mmapbench.access.FileChangedWhileMappedException;
import org.mmapbench.bench.ForkJvm;
import org.mmapbench.bench.ForkRecord;
import org.mmapbench.bench.ForkRecorder;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.sys.ProcessMappings;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.util.CannotRunException;
import org.mmapbench.util.OwnedFolder;
import org.mmapbench.util.PathKind;
import org.mmapbench.util.Progress;
import org.mmapbench.util.TempFolders;
import org.mmapbench.util.UserInputException;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a {@link RunPlan} with JMH in this JVM (JMH forks child JVMs for the measurements) and
 * publishes {@code <out>/<run-id>/jmh.json} and {@code environment.json} together, atomically.
 *
 * <p>Order of work: resolve every corpus, cross-check every measured cell against the reference
 * (a wrong answer is never measured), collect the environment, run each plan entry as one JMH run
 * with the profile's settings, then write both files into a temporary folder that is moved into
 * place only when everything succeeded.
 */
public final class RunExecutor {
    /** The kind of folder a run folder is, as its {@link OwnedFolder} marker says. */
    public static final String KIND = "run";
    /** How long the run waits for the garbage collector to unmap the corpora after the cross-check. */
    static final long UNMAP_WAIT_MILLIS = 10_000;

    /** Everything a run needs from the command line. */
    public record Request(BenchProfile profile, String include, Path outDir, String runId, String jvm, Path projectDir) {
    }

    /** What a finished run produced. */
    public record Outcome(Path runDir, int benchmarks, double wallSeconds) {
    }

    private final CorpusLocator locator;
    private final CellChecker checker;
    private final PrintStream out;
    private final PrintStream err;

    /** An executor resolving corpora with {@code locator} and cross-checking cells with {@code checker}. */
    public RunExecutor(CorpusLocator locator, CellChecker checker, PrintStream out, PrintStream err) {
        this.locator = locator;
        this.checker = checker;
        this.out = out;
        this.err = err;
    }

    /** The JVM arguments every fork gets before JMH's own: {@link ForkJvm#args} at the profile's heap. */
    public static List<String> forkJvmArgs(BenchProfile profile) {
        return ForkJvm.args(profile.heap());
    }

    /** Prints the plan with its wall-time estimate, using the profile's default fork overhead. */
    public void describe(RunPlan plan) {
        describe(plan, ForkOverhead.byDefault(plan.profile()));
    }

    /** Prints the plan with its wall-time estimate, {@code overhead} per fork. */
    public void describe(RunPlan plan, ForkOverhead overhead) {
        BenchProfile p = plan.profile();
        err.printf("mmapbench run: profile %s: %d benchmarks, %d fork(s) each, warmup %d x %d ms, measurement %d x %d ms, heap %s%n",
                p.id(), plan.benchmarkCount(), p.forks(), p.warmupIterations(), p.warmupMillis(),
                p.measurementIterations(), p.measurementMillis(), p.heap());
        for (PlanEntry e : plan.entries()) {
            err.printf("  %-28s corpus=%s strategy=%s%s%s%s  (~%s)%n", e.shortName(), String.join(",", e.corpora()),
                    e.strategies().isEmpty() ? "-" : String.join(",", e.strategies()),
                    e.caches().isEmpty() ? "" : " cache=" + String.join(",", e.caches()),
                    e.bufferSizes().isEmpty() ? "" : " bufferSize=" + String.join(",", e.bufferSizes()),
                    e.threads() == 1 ? "" : " threads=" + e.threads(),
                    Progress.formatDuration(plan.estimateSeconds(e, overhead)));
        }
        err.println("mmapbench run: estimated wall time " + Progress.formatDuration(plan.estimateSeconds(overhead))
                + String.format(Locale.ROOT, " (%d forks x %.2f s start-up, heap pre-touch and cache fill, plus iterations at"
                        + " %.2fx their set times; %s)", plan.forkCount(), overhead.seconds(), overhead.iterationFactor(), overhead.source()));
        err.flush();
    }

    /**
     * Runs the plan and publishes its results. The run folder is claimed first (created exclusively,
     * so a second run with the same id stops at once) and released again if the run fails.
     */
    public Outcome execute(RunPlan plan, Request req) throws IOException {
        Path runDir = claimRunFolder(req);
        boolean published = false;
        Path forkTmp = null;
        try {
            forkTmp = TempFolders.create("run");
            Outcome outcome = measureAndPublish(plan, req, runDir, forkTmp);
            published = true;
            return outcome;
        } finally {
            if (forkTmp != null) {
                TempFolders.delete(forkTmp);
            }
            if (!published) {
                OwnedFolder.release(runDir);
            }
        }
    }

    /**
     * Checks that the output folder can be used and claims {@code <out>/<run-id>/} in it, before
     * anything is measured.
     */
    static Path claimRunFolder(Request req) throws IOException {
        Path outDir = req.outDir().toAbsolutePath().normalize();
        PathKind kind = PathKind.of(outDir);
        if (kind != PathKind.FOLDER && kind != PathKind.MISSING) {
            throw new UserInputException("--out: " + req.outDir() + " is " + kind.description() + ", not a folder");
        }
        Path runDir = outDir.resolve(req.runId());
        try {
            OwnedFolder.claim(runDir, KIND, "--run-id");
        } catch (java.nio.file.AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            throw new UserInputException("--out: " + req.outDir() + ": cannot create the run folder there (not writable)", e);
        } catch (java.nio.file.FileSystemException e) {
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                throw e;
            }
            throw new UserInputException("--out: cannot create " + runDir + ": " + e.getReason(), e);
        }
        return runDir;
    }

    /** Measures with every fork's temporary files in {@code forkTmp}, which is deleted even when the run is killed. */
    private Outcome measureAndPublish(RunPlan plan, Request req, Path runDir, Path forkTmp) throws IOException {
        ForkOverhead overhead = ForkOverhead.lookup(req.outDir(), plan.profile());
        describe(plan, overhead);
        Instant start = Instant.now();
        Map<String, Path> corpora = new LinkedHashMap<>();
        for (String id : plan.corpora()) {
            corpora.put(id, locator.resolve(id));
        }
        checker.check(plan, corpora);
        // The cross-check maps the corpora; a fork cannot drop cached pages this JVM still maps.
        List<Path> mapped = ProcessMappings.awaitUnmapped(corpora.values(), UNMAP_WAIT_MILLIS);
        if (!mapped.isEmpty()) {
            throw new RunFailedException("this JVM still maps " + mapped.get(0) + " " + UNMAP_WAIT_MILLIS / 1000
                    + " s after the cross-check, so no fork could empty its page cache; nothing was measured", null);
        }

        List<String> jvmArgs = forkJvmArgs(plan.profile());
        List<String> appended = new ArrayList<>(ForkCorpora.jvmArgs(req.projectDir(), corpora));
        appended.add("-Djava.io.tmpdir=" + forkTmp);
        Path records = Files.createDirectory(forkTmp.resolve("fork-records"));
        appended.add("-D" + ForkRecord.DIRECTORY_PROPERTY + "=" + records);
        String jvm = req.jvm() != null ? req.jvm() : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> allArgs = new ArrayList<>(jvmArgs);
        allArgs.addAll(appended);
        SortedMap<String, String> env = new EnvironmentProbe().collect(req.projectDir(), req.runId(), plan, req.include(),
                jvm, allArgs, corpora, start);

        double estimate = plan.estimateSeconds(overhead);
        RunProgress progress = new RunProgress(plan.benchmarkCount(), estimate, err);
        List<RunResult> results = new ArrayList<>();
        for (PlanEntry e : plan.entries()) {
            Options options = options(plan.profile(), e, jvm, jvmArgs, appended);
            ProgressOutputFormat format = new ProgressOutputFormat(
                    OutputFormatFactory.createFormatInstance(out, VerboseMode.NORMAL), progress, plan.estimateSeconds(e, overhead) / e.count());
            try {
                Collection<RunResult> rr = new Runner(options, format).run();
                if (rr.size() != e.count()) {
                    throw new RunFailedException("benchmark " + e.shortName() + " produced " + rr.size() + " of "
                            + e.count() + " results; nothing was published", null);
                }
                results.addAll(rr);
            } catch (RunnerException ex) {
                throw failure(e.shortName(), ex);
            }
        }
        Instant end = Instant.now();
        ForkRecords forks = ForkRecords.read(records);
        forks.verify(allArgs, plan.profile().heapBytes(), plan.forkCount());
        env.putAll(forks.properties());
        env.putAll(EnvironmentProbe.meminfo("after"));
        env.put("time.end", end.toString());
        env.put("run.wall_seconds", String.format(Locale.ROOT, "%.1f", progress.elapsedSeconds()));
        env.put("run.estimate_seconds", String.format(Locale.ROOT, "%.1f", estimate));
        env.put("run.estimate_fork_overhead_seconds", String.format(Locale.ROOT, "%.2f (%s)", overhead.seconds(), overhead.source()));
        env.put("run.estimate_iteration_factor", String.format(Locale.ROOT, "%.2f", overhead.iterationFactor()));
        env.put("run.forks", Integer.toString(progress.forks()));
        env.put("run.iteration_seconds", String.format(Locale.ROOT, "%.1f", progress.iterationSeconds()));
        env.put("run.iteration_planned_seconds", String.format(Locale.ROOT, "%.1f", plan.plannedIterationSeconds()));
        double iterationFactor = progress.iterationSeconds() / plan.plannedIterationSeconds();
        env.put(ForkOverhead.ITERATION_FACTOR, String.format(Locale.ROOT, "%.3f", iterationFactor));
        env.put(ForkOverhead.PROPERTY, String.format(Locale.ROOT, "%.3f", progress.forkOverheadSeconds()));
        AtomicOutput.writeDirectory(runDir, KIND, tmp -> {
            try (OutputStream os = Files.newOutputStream(tmp.resolve("jmh.json"));
                 PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8)) {
                ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(results);
                ps.flush();
                if (ps.checkError()) {
                    throw new IOException(tmp.resolve("jmh.json") + ": write failed");
                }
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(tmp.resolve("environment.json").toFile(), env);
        });
        double wall = progress.elapsedSeconds();
        err.println("mmapbench run: " + results.size() + " benchmarks in " + Progress.formatDuration(wall)
                + " (estimated " + Progress.formatDuration(estimate) + String.format(Locale.ROOT,
                        "); fork overhead measured %.2f s per fork, iterations %.2fx their set times (the estimate assumed"
                        + " %.2f s and %.2fx); results in ",
                        progress.forkOverheadSeconds(), iterationFactor, overhead.seconds(), overhead.iterationFactor()) + runDir);
        err.flush();
        return new Outcome(runDir, results.size(), wall);
    }

    /**
     * The exception a failed JMH run becomes: a held JMH lock means "cannot run now"; a corpus file
     * that changed while a fork had it mapped is bad input; anything else is a failed benchmark.
     */
    static RuntimeException failure(String benchmark, RunnerException ex) {
        String why = oneLine(rootMessage(ex));
        if (why.contains("jmh.lock")) {
            return new CannotRunException("another JMH run holds the JMH lock file (" + System.getProperty("java.io.tmpdir")
                    + "/jmh.lock); wait for it to finish, or run with -Djmh.ignoreLock=true (Maven: -Dbench.ignoreLock=true)"
                    + " and accept that both runs share the CPU", ex);
        }
        if (why.contains(FileChangedWhileMappedException.PHRASE)) {
            return new UserInputException("benchmark " + benchmark + ": " + why + "; nothing was published", ex);
        }
        return new RunFailedException("benchmark " + benchmark + " failed: " + why + "; nothing was published", ex);
    }

    /** The JMH options for one plan entry. */
    static Options options(BenchProfile p, PlanEntry e, String jvm, List<String> jvmArgs, List<String> appended) {
        List<String> all = new ArrayList<>(jvmArgs);
        all.addAll(appended);
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + Pattern.quote(e.benchmark()) + "$")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(Math.max(1, p.forks()))
                .warmupForks(0)
                .warmupIterations(p.warmupIterations())
                .warmupTime(TimeValue.milliseconds(p.warmupMillis()))
                .measurementIterations(p.measurementIterations())
                .measurementTime(TimeValue.milliseconds(p.measurementMillis()))
                .threads(e.threads())
                .addProfiler(GCProfiler.class)
                .addProfiler(ForkRecorder.class)
                .jvm(jvm)
                // Exactly these arguments: without jvmArgs JMH would add the launching JVM's own arguments
                // (Maven's -Xmx1g among them, and the last -Xmx wins); the empty prepend and append lists
                // override the @Fork annotations' ones.
                .jvmArgs(all.toArray(String[]::new))
                .jvmArgsPrepend()
                .jvmArgsAppend()
                .shouldFailOnError(true)
                .param("corpus", e.corpora().toArray(String[]::new));
        if (!e.strategies().isEmpty()) {
            b.param("strategy", e.strategies().toArray(String[]::new));
        }
        if (!e.caches().isEmpty()) {
            b.param("cache", e.caches().toArray(String[]::new));
        }
        if (!e.bufferSizes().isEmpty()) {
            b.param("bufferSize", e.bufferSizes().toArray(String[]::new));
        }
        return b.build();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        String msg = t.getMessage();
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
            if (c.getMessage() != null) {
                msg = c.getMessage();
            }
        }
        return msg == null ? t.toString() : msg;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
