package org.mmapbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.mmapbench.access.FileChangedWhileMappedException;
import org.mmapbench.bench.ForkJvm;
import org.mmapbench.bench.ForkRecord;
import org.mmapbench.bench.ForkRecorder;
import org.mmapbench.bench.OsCountersProfiler;
import org.mmapbench.bench.LiveMappings;
import org.mmapbench.corpus.CorpusLocator;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.results.CrashTable;
import org.mmapbench.sys.ProcessMappings;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.util.CannotRunException;
import org.mmapbench.util.OwnedFolder;
import org.mmapbench.util.PathKind;
import org.mmapbench.util.Progress;
import org.mmapbench.util.TempFolders;
import org.mmapbench.util.UserInputException;
import org.mmapbench.verify.CrashRunner;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.Profiler;
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
    /** Seeds the moments of the crash trials' kills. */
    static final long CRASH_SEED = 13;
    /** Operations each crash child runs on scratch copies before the one it is killed in. */
    static final int CRASH_WARMUPS = 20;
    /** How long the run waits for the garbage collector to unmap the corpora after the cross-check. */
    static final long UNMAP_WAIT_MILLIS = 10_000;

    /** Everything a run needs from the command line. */
    public record Request(BenchProfile profile, String include, Path outDir, String runId, String jvm, Path projectDir, boolean verbose) {
        /** A request that keeps JMH's output in the run's {@value #JMH_LOG} and shows one progress display. */
        public Request(BenchProfile profile, String include, Path outDir, String runId, String jvm, Path projectDir) {
            this(profile, include, outDir, runId, jvm, projectDir, false);
        }
    }

    /** The file in the run folder holding JMH's full console output (without {@code --verbose}). */
    public static final String JMH_LOG = "jmh.log";
    /** Lines of JMH's output shown on the console when a quiet run fails. */
    static final int FAILURE_TAIL_LINES = 30;

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
            StringBuilder params = new StringBuilder();
            e.params().forEach((k, v) -> params.append(' ').append(k).append('=').append(String.join(",", v)));
            if (e.mode() != Mode.AverageTime) {
                params.append(" mode=").append(e.mode().shortLabel());
            }
            if (e.threads() != 1) {
                params.append(" threads=").append(e.threads());
            }
            if (p.warmupIterations(e.benchmark()) != p.warmupIterations()) {
                params.append(" warmup=").append(p.warmupIterations(e.benchmark())).append(" x ").append(p.warmupMillis()).append(" ms");
            }
            err.printf("  %-28s %s%s%s%s  (~%s)%n", e.shortName(),
                    e.corpora().isEmpty() ? "" : "corpus=" + String.join(",", e.corpora()) + " strategy="
                            + (e.strategies().isEmpty() ? "-" : String.join(",", e.strategies())),
                    e.caches().isEmpty() ? "" : " cache=" + String.join(",", e.caches()),
                    e.bufferSizes().isEmpty() ? "" : " bufferSize=" + String.join(",", e.bufferSizes()),
                    e.corpora().isEmpty() ? params.toString().trim() : params.toString(),
                    Progress.formatDuration(plan.estimateSeconds(e, overhead)));
        }
        if (p.crashKills() > 0) {
            err.printf("  %-28s corpus=%s %d kills inside the operation per method: %s  (~%s)%n", "crash trials", BenchProfile.CRASH_CORPUS,
                    p.crashKills(), String.join(", ", CrashRunner.METHODS.stream().map(CrashRunner.Method::cell).toList()),
                    Progress.formatDuration(plan.crashEstimateSeconds(CrashRunner.METHODS.size())));
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
        Map<String, Path> corpora = resolveAndCheck(plan);
        MemoryCgroup cgroup = plan.profile().memoryLimitBytes() > 0
                ? MemoryCgroup.create(MemoryCgroup.ROOT, MemoryCgroup.currentUid(), cgroupName(req.runId()), plan.profile().memoryLimitBytes())
                : null;
        try {
            return measureAndPublish(plan, req, runDir, forkTmp, overhead, start, corpora, cgroup);
        } finally {
            if (cgroup != null) {
                try {
                    cgroup.close();
                } catch (IOException e) {
                    err.println("mmapbench run: " + oneLine(e.getMessage()));
                }
            }
        }
    }

    /** The name of a run's memory cgroup: {@code mmapbench-<run id>-<pid>}, in the characters a cgroup name may hold. */
    static String cgroupName(String runId) {
        return ("mmapbench-" + runId + "-" + ProcessHandle.current().pid()).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Measures with the corpora resolved and checked, every fork inside {@code cgroup} when there is one
     * (its limit and peak go into {@code environment.json}).
     */
    private Outcome measureAndPublish(RunPlan plan, Request req, Path runDir, Path forkTmp, ForkOverhead overhead, Instant start,
                                      Map<String, Path> corpora, MemoryCgroup cgroup) throws IOException {
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
        String forkJvm = jvm;
        if (cgroup != null) {
            forkJvm = cgroup.launcher(jvm, forkTmp).toString();
            err.println("mmapbench run: every fork runs in the memory cgroup " + cgroup);
        }

        double estimate = plan.estimateSeconds(overhead);
        boolean terminal = !req.verbose() && java.util.Optional.ofNullable(System.console()).map(java.io.Console::isTerminal).orElse(false);
        RunProgress progress = new RunProgress(plan.benchmarkCount(), estimate, err, terminal);
        Path log = forkTmp.resolve(JMH_LOG);
        List<RunResult> results = new ArrayList<>();
        try (PrintStream jmhOut = req.verbose() ? null : new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            if (jmhOut != null) {
                err.println("mmapbench run: JMH's own output goes to " + runDir.resolve(JMH_LOG) + " (--verbose shows it here)");
            }
            for (PlanEntry e : plan.entries()) {
                Options options = options(plan.profile(), e, forkJvm, jvmArgs, appended);
                ProgressOutputFormat format = new ProgressOutputFormat(OutputFormatFactory.createFormatInstance(
                        jmhOut == null ? out : jmhOut, VerboseMode.NORMAL), progress, plan.estimateSeconds(e, overhead) / e.count());
                try {
                    Collection<RunResult> rr = new Runner(options, format).run();
                    if (rr.size() != e.count()) {
                        throw new RunFailedException("benchmark " + e.shortName() + " produced " + rr.size() + " of "
                                + e.count() + " results; nothing was published", null);
                    }
                    results.addAll(rr);
                } catch (RunnerException ex) {
                    if (cgroup != null) { // an OOM kill at the limit shows here, not in JMH's message
                        err.println("mmapbench run: the memory cgroup's events when " + e.shortName() + " failed: "
                                + cgroup.facts().get("fork.cgroup.events"));
                    }
                    throw failure(e.shortName(), ex);
                }
            }
        } catch (RuntimeException | IOException ex) {
            progress.finish();
            if (!req.verbose()) {
                keepLog(log, req.runId());
            }
            throw ex;
        }
        progress.finish();
        CrashTable crash = plan.profile().crashKills() > 0
                ? crashTrials(plan.profile(), corpora.get(BenchProfile.CRASH_CORPUS), forkTmp, jvmArgs, env) : null;
        Instant end = Instant.now();
        ForkRecords forks = ForkRecords.read(records);
        forks.verify(allArgs, plan.profile().heapBytes(), plan.forkCount());
        env.putAll(forks.properties());
        env.putAll(EnvironmentProbe.meminfo("after"));
        if (cgroup != null) {
            env.putAll(cgroup.facts());
        }
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
        publish(runDir, results, env, 0, req.verbose() ? null : log, crash);
        if (!req.verbose()) {
            // JMH's summary table of the whole run, once (JMH prints one per plan entry into jmh.log).
            ResultFormatFactory.getInstance(ResultFormatType.TEXT, out).writeOut(results);
            out.flush();
        }
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
     * The crash-consistency trials of {@code profile} on {@code corpus} (child JVMs with the forks' JVM
     * arguments, temporary files under {@code tmp}), as the table {@code crash.csv} publishes; their
     * settings go into {@code env}.
     *
     * @throws RunFailedException if the atomic-move method left a torn file, which must never happen
     */
    private CrashTable crashTrials(BenchProfile profile, Path corpus, Path tmp, List<String> jvmArgs, SortedMap<String, String> env)
            throws IOException {
        CrashRunner.Options o = new CrashRunner.Options(profile.crashKills(), CRASH_WARMUPS, CRASH_SEED, jvmArgs, Duration.ofSeconds(60));
        Path work = Files.createDirectories(tmp.resolve("crash"));
        List<CrashTable.Row> rows = new ArrayList<>();
        for (CrashRunner.Method m : CrashRunner.METHODS) {
            err.println("mmapbench run: crash trials of " + m.cell() + " (" + m.description() + ")");
            err.flush();
            CrashRunner.Tally t = new CrashRunner(o, line -> { }).run(m, corpus, work);
            err.println("mmapbench run: " + CrashRunner.summary(t));
            err.flush();
            if (m.equals(CrashRunner.METHODS.get(0)) && t.torn() > 0) {
                throw new RunFailedException(m.cell() + " (" + m.description() + ") left " + t.torn()
                        + " torn file(s) after a SIGKILL; an atomic move must never; nothing was published", null);
            }
            List<Double> f = t.killFractions();
            rows.add(new CrashTable.Row(m.cell(), m.description(), t.operationMillis(), t.trials(), t.inside(), t.beforeStart(),
                    t.afterEnd(), t.original(), t.complete(), t.torn(), t.leftovers(), f.get(0), f.get(f.size() / 2),
                    f.get(f.size() - 1)));
        }
        env.put("crash.kills_per_method", Integer.toString(profile.crashKills()));
        env.put("crash.seed", Long.toString(CRASH_SEED));
        env.put("crash.warmups", Integer.toString(CRASH_WARMUPS));
        env.put("crash.jvm.args", String.join(" ", jvmArgs));
        env.put("crash.corpus", BenchProfile.CRASH_CORPUS);
        return new CrashTable(BenchProfile.CRASH_CORPUS, rows);
    }

    /**
     * Resolves every corpus of the plan and cross-checks every measured cell against the reference,
     * then waits until this JVM no longer maps any corpus (a fork could not empty its page cache otherwise).
     */
    Map<String, Path> resolveAndCheck(RunPlan plan) throws IOException {
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
        return corpora;
    }

    /**
     * Writes {@code jmh.json} (standard JMH JSON), {@code environment.json} and, when there is one, the
     * crash table {@code crash.csv} into {@code runDir}, atomically.
     */
    static void publish(Path runDir, Collection<RunResult> results, Map<String, String> env, int forks, Path jmhLog,
                        CrashTable crash) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(json, false, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(results);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        byte[] jmhJson = json.toByteArray();
        if (forks > 0) {
            JsonNode tree = mapper.readTree(jmhJson);
            for (JsonNode b : tree) {
                ((ObjectNode) b).put("forks", forks);
            }
            jmhJson = mapper.writeValueAsBytes(tree);
        }
        byte[] bytes = jmhJson;
        AtomicOutput.writeDirectory(runDir, KIND, tmp -> {
            Files.write(tmp.resolve("jmh.json"), bytes);
            mapper.writeValue(tmp.resolve("environment.json").toFile(), new TreeMap<>(env));
            if (jmhLog != null) {
                Files.copy(jmhLog, tmp.resolve(JMH_LOG));
            }
            if (crash != null) {
                crash.write(tmp.resolve(CrashTable.FILE_NAME));
            }
        });
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
        String changed = messageContaining(ex, FileChangedWhileMappedException.PHRASE);
        if (changed != null) {
            return new UserInputException("benchmark " + benchmark + ": " + oneLine(changed) + "; nothing was published", ex);
        }
        return new RunFailedException("benchmark " + benchmark + " failed: " + why + "; nothing was published", ex);
    }

    /**
     * After a failed quiet run: shows the end of JMH's output and keeps the whole of it in the temp
     * folder (the run folder is not published), naming where.
     */
    void keepLog(Path log, String runId) {
        try {
            if (!Files.isRegularFile(log)) {
                return;
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            err.println("mmapbench run: the last lines of JMH's output:");
            lines.subList(Math.max(0, lines.size() - FAILURE_TAIL_LINES), lines.size()).forEach(l -> err.println("  " + l));
            Path kept = Path.of(System.getProperty("java.io.tmpdir"), "mmapbench-" + runId.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + JMH_LOG);
            Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            err.println("mmapbench run: JMH's full output: " + kept);
            err.flush();
        } catch (IOException | RuntimeException e) {
            err.println("mmapbench run: JMH's output could not be kept: " + e);
        }
    }

    /**
     * The profilers an older mmapbench jar may lack, in the order they are added: the OS counters and the
     * live-mapping counts. A compare side runs those its jar has ({@link JarCheck#optionalProfilers}).
     */
    static final List<Class<? extends Profiler>> OPTIONAL_PROFILERS = List.of(OsCountersProfiler.class, LiveMappings.class);

    /** The JMH options for one plan entry, in the mode its method declares, with every profiler. */
    static Options options(BenchProfile p, PlanEntry e, String jvm, List<String> jvmArgs, List<String> appended) {
        return options(p, e, jvm, jvmArgs, appended, OPTIONAL_PROFILERS);
    }

    /**
     * The JMH options for one plan entry, with only the {@link #OPTIONAL_PROFILERS} in {@code optional} (a
     * compare side whose jar predates some: JMH creates profilers in the fork, from the fork's class path,
     * and a missing one fails the fork).
     */
    static Options options(BenchProfile p, PlanEntry e, String jvm, List<String> jvmArgs, List<String> appended,
                           List<Class<? extends Profiler>> optional) {
        List<String> all = new ArrayList<>(jvmArgs);
        all.addAll(appended);
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + Pattern.quote(e.benchmark()) + "$")
                .mode(e.mode())
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(Math.max(1, p.forks()))
                .warmupForks(0)
                .warmupIterations(p.warmupIterations(e.benchmark()))
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
                .shouldFailOnError(true);
        if (!e.corpora().isEmpty()) {
            b.param("corpus", e.corpora().toArray(String[]::new));
        }
        e.params().forEach((k, v) -> b.param(k, v.toArray(String[]::new)));
        optional.forEach(b::addProfiler);
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

    /**
     * The first message containing {@code phrase} in {@code t}, its causes and their suppressed
     * exceptions (JMH hands a fork's exceptions over as suppressed ones of a {@code BenchmarkException}),
     * or null.
     */
    private static String messageContaining(Throwable t, String phrase) {
        if (t == null) {
            return null;
        }
        if (t.getMessage() != null && t.getMessage().contains(phrase)) {
            return t.getMessage();
        }
        for (Throwable s : t.getSuppressed()) {
            String m = messageContaining(s, phrase);
            if (m != null) {
                return m;
            }
        }
        return t.getCause() == t ? null : messageContaining(t.getCause(), phrase);
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
