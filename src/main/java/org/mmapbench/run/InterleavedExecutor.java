package org.mmapbench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.mmapbench.bench.ForkRecord;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.corpus.Sha256;
import org.mmapbench.util.OwnedFolder;
import org.mmapbench.util.Progress;
import org.mmapbench.util.TempFolders;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one {@link RunPlan} with two builds of mmapbench on one machine, their forks interleaved: for
 * every benchmark (one parameter combination), one fork of each build per round, in balanced blocks
 * ({@link ForkOrder}: baseline, candidate, candidate, baseline, ...). Both sides therefore see the same
 * minutes of machine load, and drift (other processes, thermal state, a filling page cache, a state
 * that alternates from one fork JVM to the next) falls on both alike instead of on whichever ran
 * second.
 *
 * <p>Each fork is its own one-fork JMH run in this JVM, with JMH's fork class path swapped to the
 * side's jar (JMH starts a fork with {@code -cp} from the {@code java.class.path} property, read
 * when the fork starts). The forks of each side are then merged into one result per benchmark and
 * published as two ordinary run folders, which the gate compares like any other two runs.
 *
 * <p>NOTE: the cross-check of every measured cell runs once, with this JVM's build, before anything
 * is measured; both jars must be mmapbench builds with the same JMH version as this one
 * ({@link JarCheck}), because the host and its forks talk JMH's binary protocol.
 */
public final class InterleavedExecutor {

    /**
     * One build: its name ({@code baseline} or {@code candidate}), jar, run id, extra fork JVM arguments, and
     * the commit it was built from (recorded as {@code git.commit}; null keeps the project checkout's).
     */
    public record Side(String name, Path jar, String runId, List<String> extraJvmArgs, String commit) {
        /** Copies the list. */
        public Side {
            extraJvmArgs = List.copyOf(extraJvmArgs);
        }
    }

    /** What both sides produced. */
    public record Outcome(Path baselineDir, Path candidateDir, int benchmarks, double wallSeconds) {
    }

    private final RunExecutor executor;
    private final java.io.PrintStream out;
    private final java.io.PrintStream err;

    /** An interleaved runner that resolves and cross-checks corpora with {@code executor}. */
    public InterleavedExecutor(RunExecutor executor, java.io.PrintStream out, java.io.PrintStream err) {
        this.executor = executor;
        this.out = out;
        this.err = err;
    }

    /** The estimated wall time of an interleaved run: both sides' forks, {@code forks} per benchmark each. */
    public static double estimateSeconds(RunPlan plan, int forks, ForkOverhead overhead) {
        return 2 * plan.estimateSeconds(overhead) / plan.profile().forks() * forks;
    }

    /**
     * Runs the plan, {@code forks} forks per benchmark and side, and publishes both run folders under
     * {@code req.outDir()}. Both folders are claimed before anything is measured and released again
     * if the run fails.
     */
    public Outcome execute(RunPlan plan, RunExecutor.Request req, int forks, Side baseline, Side candidate) throws IOException {
        if (forks < 1) {
            throw new org.mmapbench.util.UserInputException("--forks: " + forks + " must be at least 1");
        }
        if (plan.profile().memoryLimitBytes() > 0) {
            throw new org.mmapbench.util.UserInputException("--profile " + plan.profile().id() + ": its forks need a memory cgroup, which"
                    + " interleaved runs (compare, --baseline-jar) do not make; measure it with 'mmapbench run --profile "
                    + plan.profile().id() + "'");
        }
        JarCheck.require(baseline.jar(), "--baseline-jar", plan);
        JarCheck.require(candidate.jar(), "--candidate-jar", plan);
        Path baseDir = RunExecutor.claimRunFolder(withId(req, baseline.runId()));
        Path candDir = null;
        boolean published = false;
        Path forkTmp = null;
        try {
            candDir = RunExecutor.claimRunFolder(withId(req, candidate.runId()));
            forkTmp = TempFolders.create("compare");
            Outcome o = measureAndPublish(plan, req, forks, List.of(
                    new Running(baseline, baseDir), new Running(candidate, candDir)), forkTmp);
            published = true;
            return o;
        } finally {
            if (forkTmp != null) {
                TempFolders.delete(forkTmp);
            }
            if (!published) {
                OwnedFolder.release(baseDir);
                if (candDir != null) {
                    OwnedFolder.release(candDir);
                }
            }
        }
    }

    /** A side while it runs: where it publishes, its fork arguments and the forks measured so far. */
    private static final class Running {
        final Side side;
        final Path runDir;
        List<String> appended;
        Path records;
        List<Class<? extends org.openjdk.jmh.profile.Profiler>> profilers;
        Path log;
        java.io.PrintStream jmhOut;
        SortedMap<String, String> env;
        final Map<String, List<BenchmarkResult>> forks = new LinkedHashMap<>();
        final Map<String, org.openjdk.jmh.infra.BenchmarkParams> params = new LinkedHashMap<>();

        Running(Side side, Path runDir) {
            this.side = side;
            this.runDir = runDir;
        }
    }

    private Outcome measureAndPublish(RunPlan plan, RunExecutor.Request req, int forks, List<Running> sides, Path forkTmp)
            throws IOException {
        ForkOverhead overhead = ForkOverhead.lookup(req.outDir(), plan.profile());
        double estimate = estimateSeconds(plan, forks, overhead);
        err.printf(Locale.ROOT, "mmapbench compare: %d benchmarks, %d fork(s) a side, interleaved %s; estimated wall time %s%n",
                plan.benchmarkCount(), forks, sides.get(0).side.name() + "," + sides.get(1).side.name(),
                Progress.formatDuration(estimate));
        Instant start = Instant.now();
        Map<String, Path> corpora = executor.resolveAndCheck(plan);
        List<String> jvmArgs = RunExecutor.forkJvmArgs(plan.profile());
        String jvm = req.jvm() != null ? req.jvm() : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (Running r : sides) {
            r.appended = new ArrayList<>(ForkCorpora.jvmArgs(req.projectDir(), corpora));
            r.appended.add("-Djava.io.tmpdir=" + forkTmp);
            r.records = java.nio.file.Files.createDirectory(forkTmp.resolve("fork-records-" + r.side.name()));
            r.appended.add("-D" + ForkRecord.DIRECTORY_PROPERTY + "=" + r.records);
            r.appended.addAll(r.side.extraJvmArgs());
            List<String> all = new ArrayList<>(jvmArgs);
            all.addAll(r.appended);
            r.env = new EnvironmentProbe().collect(req.projectDir(), r.side.runId(), plan, req.include(), jvm, all, corpora, start);
            r.profilers = JarCheck.optionalProfilers(r.side.jar());
            if (r.profilers.size() < RunExecutor.OPTIONAL_PROFILERS.size()) {
                r.env.put("jmh.profilers", EnvironmentProbe.profilers(r.profilers) + " (the jar predates "
                        + String.join(", ", RunExecutor.OPTIONAL_PROFILERS.stream().filter(c -> !r.profilers.contains(c))
                                .map(Class::getSimpleName).toList()) + ")");
            }
            r.env.put("compare.side", r.side.name());
            r.env.put("compare.jar", r.side.jar().toAbsolutePath().normalize().toString());
            r.env.put("compare.jar.sha256", Sha256.of(r.side.jar()));
            r.env.put(BuildJar.SHA256_PROPERTY, r.env.get("compare.jar.sha256"));
            r.env.put("compare.forks", Integer.toString(forks));
            r.env.put("compare.order", "interleaved per benchmark: " + sides.get(0).side.name() + ", " + sides.get(1).side.name()
                    + " then " + sides.get(1).side.name() + ", " + sides.get(0).side.name() + " (balanced blocks, phase flipped per benchmark), "
                    + forks + " forks a side");
            r.env.put("compare.other_run", sides.get(sides.get(0) == r ? 1 : 0).side.runId());
            if (r.side.commit() != null) {
                // The project's checkout says nothing about a jar built elsewhere.
                r.env.put("git.commit", r.side.commit());
                r.env.remove("git.dirty");
            }
        }

        List<PlanEntry> singles = singles(plan);
        boolean terminal = !req.verbose() && java.util.Optional.ofNullable(System.console()).map(java.io.Console::isTerminal).orElse(false);
        RunProgress progress = new RunProgress(singles.size() * forks * sides.size(), estimate, err, terminal);
        double perFork = estimate / Math.max(1, singles.size() * forks * sides.size());
        String hostClassPath = System.getProperty("java.class.path");
        try {
            if (!req.verbose()) {
                for (Running r : sides) {
                    r.log = forkTmp.resolve("jmh-" + r.side.name() + ".log");
                    r.jmhOut = new java.io.PrintStream(java.nio.file.Files.newOutputStream(r.log), true,
                            java.nio.charset.StandardCharsets.UTF_8);
                    err.println("mmapbench compare: JMH's own output for the " + r.side.name() + " goes to "
                            + r.runDir.resolve(RunExecutor.JMH_LOG) + " (--verbose shows it here)");
                }
            }
            for (int b = 0; b < singles.size(); b++) {
                for (int f = 0; f < forks; f++) {
                    for (Running r : ForkOrder.round(sides, b, f)) {
                        runOneFork(plan, singles.get(b), jvm, jvmArgs, r, progress, perFork);
                    }
                }
            }
        } catch (RuntimeException | IOException ex) {
            progress.finish();
            for (Running r : sides) {
                if (r.jmhOut != null) {
                    r.jmhOut.close();
                    executor.keepLog(r.log, r.side.runId());
                }
            }
            throw ex;
        } finally {
            System.setProperty("java.class.path", hostClassPath);
            for (Running r : sides) {
                if (r.jmhOut != null) {
                    r.jmhOut.close();
                }
            }
        }
        progress.finish();

        Instant end = Instant.now();
        int benchmarks = 0;
        for (Running r : sides) {
            List<RunResult> merged = new ArrayList<>();
            for (Map.Entry<String, List<BenchmarkResult>> m : r.forks.entrySet()) {
                merged.add(new RunResult(r.params.get(m.getKey()), m.getValue()));
            }
            ForkRecords records = ForkRecords.read(r.records);
            List<String> all = new ArrayList<>(jvmArgs);
            all.addAll(r.appended);
            records.verify(all, plan.profile().heapBytes(), singles.size() * forks);
            r.env.putAll(records.properties());
            r.env.putAll(EnvironmentProbe.meminfo("after"));
            r.env.put("time.end", end.toString());
            r.env.put("run.wall_seconds", String.format(Locale.ROOT, "%.1f", progress.elapsedSeconds()));
            r.env.put("run.estimate_seconds", String.format(Locale.ROOT, "%.1f", estimate));
            r.env.put("run.forks", Integer.toString(singles.size() * forks));
            RunExecutor.publish(r.runDir, merged, r.env, forks, r.log, null);
            benchmarks = merged.size();
        }
        double wall = progress.elapsedSeconds();
        err.println("mmapbench compare: " + benchmarks + " benchmarks, " + forks + " fork(s) a side, in " + Progress.formatDuration(wall)
                + " (estimated " + Progress.formatDuration(estimate) + String.format(Locale.ROOT,
                        "; fork overhead measured %.2f s per fork); results in ", progress.forkOverheadSeconds())
                + sides.get(0).runDir + " and " + sides.get(1).runDir);
        err.flush();
        return new Outcome(sides.get(0).runDir, sides.get(1).runDir, benchmarks, wall);
    }

    /** Runs fork {@code f} of one benchmark for one side: a one-fork JMH run with the side's jar as the fork's class path. */
    private void runOneFork(RunPlan plan, PlanEntry e, String jvm, List<String> jvmArgs, Running r, RunProgress progress,
            double perFork) {
        Options options = new OptionsBuilder()
                .parent(RunExecutor.options(plan.profile(), e, jvm, jvmArgs, r.appended, r.profilers))
                .forks(1)
                .build();
        ProgressOutputFormat format = new ProgressOutputFormat(
                OutputFormatFactory.createFormatInstance(r.jmhOut == null ? out : r.jmhOut, VerboseMode.NORMAL), progress, perFork);
        System.setProperty("java.class.path", r.side.jar().toAbsolutePath().normalize().toString());
        try {
            java.util.Collection<RunResult> rr = new Runner(options, format).run();
            if (rr.size() != 1) {
                throw new RunFailedException("benchmark " + e.shortName() + " (" + r.side.name() + ") produced " + rr.size()
                        + " results instead of 1; nothing was published", null);
            }
            RunResult one = rr.iterator().next();
            String key = e.benchmark() + one.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + one.getParams().getParam(k)).toList();
            r.params.putIfAbsent(key, one.getParams());
            r.forks.computeIfAbsent(key, k -> new ArrayList<>()).addAll(one.getBenchmarkResults());
        } catch (RunnerException ex) {
            throw RunExecutor.failure(e.shortName() + " (" + r.side.name() + ", " + r.side.jar() + ")", ex);
        }
    }

    /** The plan's entries split into one entry per benchmark (parameter combination), in plan order. */
    static List<PlanEntry> singles(RunPlan plan) {
        List<PlanEntry> out = new ArrayList<>();
        for (PlanEntry e : plan.entries()) {
            for (String corpus : e.corpora()) {
                for (String strategy : orNull(e.strategies())) {
                    for (String cache : orNull(e.caches())) {
                        for (String buffer : orNull(e.bufferSizes())) {
                            out.add(new PlanEntry(e.benchmark(), List.of(corpus), one(strategy), one(cache), one(buffer)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? java.util.Collections.singletonList(null) : values;
    }

    private static List<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static RunExecutor.Request withId(RunExecutor.Request r, String id) {
        return new RunExecutor.Request(r.profile(), r.include(), r.outDir(), id, r.jvm(), r.projectDir(), r.verbose());
    }
}
