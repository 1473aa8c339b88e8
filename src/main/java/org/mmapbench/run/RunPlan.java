package org.mmapbench.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mmapbench.bench.PageCacheState;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.util.UserInputException;
import org.mmapbench.verify.CrashRunner;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.ThreadedReads;

/**
 * What a run will measure: a profile expanded against the compiled benchmarks and filtered by an
 * include pattern, as a list of {@link PlanEntry}s (one JMH run each), with a wall-time estimate.
 *
 * @param profile the profile
 * @param entries the benchmark methods and their parameter values, in run order
 * @param sizes corpus sizes for the wall-time estimate
 */
public record RunPlan(BenchProfile profile, List<PlanEntry> entries, CorpusSizes sizes) {

    /** Assumed speed of one operation over a warm corpus, for operations longer than an iteration. */
    static final double WARM_BYTES_PER_SECOND = 500e6;
    /** Assumed speed of one operation over a cold corpus (read from the device). */
    static final double COLD_BYTES_PER_SECOND = 100e6;
    /** The benchmark whose operation is one block of {@link ThreadedReads} at a random offset, not the whole corpus. */
    private static final String RANDOM_READ_BENCHMARK = BenchmarkName.PACKAGE + ".ThreadsBenchmark.random16k";
    /**
     * Assumed speed of one pass over a {@code cold-start} corpus larger than its memory limit, which every
     * pass reads from the device again: the cold sequential read measured on the reference machine, 505 MB/s
     * ({@code dd iflag=direct}) and 616 MB/s ({@code fio}, docs/measurements/2026-12-01-external-ceilings.md).
     */
    static final double DEVICE_PASS_BYTES_PER_SECOND = 500e6;
    /** Assumed start-up of the peer JVM an IPC trial starts (heap pre-touch included), per fork. */
    static final double PEER_START_SECONDS = 1.5;
    /** Assumed wall time of one crash trial: a child JVM's start-up and warm-up, the kill, the hash. */
    static final double CRASH_TRIAL_SECONDS = 1.2;
    /** Assumed crash trials per kill inside the operation (the rest land after its end). */
    static final double CRASH_TRIALS_PER_KILL = 1.5;
    /** The parameters a plan entry sets from a selection's own fields; every other one comes from the selection's params. */
    private static final Set<String> PLANNED_PARAMS = Set.of("corpus", "strategy", "cache", "bufferSize");

    /** Copies the entries. */
    public RunPlan {
        entries = List.copyOf(entries);
    }

    /**
     * Expands {@code profile} against {@code catalog}, keeping benchmarks whose name contains a match
     * of {@code include} (a Java regex, as JMH's own include patterns); {@code sizes} serve the estimate.
     *
     * @throws UserInputException if the pattern is invalid or selects nothing
     */
    public static RunPlan of(BenchProfile profile, String include, BenchmarkCatalog catalog, CorpusSizes sizes) {
        return of(profile, include, catalog, sizes, profile.selections());
    }

    /** Expands {@code selections} instead of the profile's own (tests). */
    static RunPlan of(BenchProfile profile, String include, BenchmarkCatalog catalog, CorpusSizes sizes, List<Selection> selections) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(include == null || include.isBlank() ? ".*" : include);
        } catch (PatternSyntaxException e) {
            throw new UserInputException("--include: '" + include + "' is not a valid regular expression ("
                    + e.getDescription() + " near index " + e.getIndex() + ")");
        }
        List<PlanEntry> entries = new ArrayList<>();
        Set<String> cells = new HashSet<>();
        for (Selection s : selections) {
            Map<String, Map<String, List<String>>> methods = catalog.methodsOf(s.className());
            if (methods.isEmpty()) {
                throw new IllegalStateException("profile " + profile.id() + " names " + s.className()
                        + " but no such benchmark is compiled into this build");
            }
            for (Map.Entry<String, Map<String, List<String>>> m : methods.entrySet()) {
                String name = m.getKey();
                if (!s.variants().isEmpty() && !s.variants().contains(BenchmarkName.of(name).variant())) {
                    continue;
                }
                if (!s.methods().isEmpty() && !s.methods().contains(name.substring(name.lastIndexOf('.') + 1))) {
                    continue;
                }
                if (!pattern.matcher(name).find()) {
                    continue;
                }
                List<String> declared = m.getValue().getOrDefault("strategy", List.of());
                List<String> strategies = s.strategies().isEmpty() ? declared
                        : s.strategies().stream().filter(declared::contains).toList();
                if (!declared.isEmpty() && strategies.isEmpty()) {
                    continue;
                }
                List<String> caches = m.getValue().containsKey("cache") ? s.caches() : List.of();
                if (!m.getValue().containsKey("cache") && !s.caches().equals(List.of("warm"))) {
                    continue; // a method without a cache parameter runs warm only
                }
                List<String> bufferSizes = m.getValue().containsKey("bufferSize") ? s.bufferSizes() : List.of();
                for (String param : s.params().keySet()) {
                    if (!m.getValue().containsKey(param)) {
                        throw new IllegalStateException("profile " + profile.id() + " sets parameter " + param + " of " + name
                                + ", which declares no such parameter");
                    }
                    List<String> declaredValues = m.getValue().get(param);
                    List<String> unknown = s.params().get(param).stream().filter(v -> !declaredValues.contains(v)).toList();
                    if (!unknown.isEmpty()) {
                        throw new IllegalStateException("profile " + profile.id() + " sets " + param + " " + unknown + " of " + name
                                + ", which declares " + declaredValues);
                    }
                }
                for (Map.Entry<String, List<String>> declaredParam : m.getValue().entrySet()) {
                    if (declaredParam.getValue().size() > 1 && !PLANNED_PARAMS.contains(declaredParam.getKey())
                            && !s.params().containsKey(declaredParam.getKey())) {
                        throw new IllegalStateException("profile " + profile.id() + " leaves parameter " + declaredParam.getKey() + " of "
                                + name + " unset: JMH would run all " + declaredParam.getValue().size() + " of its values, which the plan would not count");
                    }
                }
                for (int threads : s.threadCounts()) {
                    PlanEntry entry = new PlanEntry(name, s.corpora(), strategies, caches, bufferSizes, s.params(),
                            catalog.modeOf(name), threads);
                    for (String cell : cellsOf(entry)) {
                        if (!cells.add(cell)) {
                            throw new IllegalStateException("profile " + profile.id() + " measures " + cell + " twice");
                        }
                    }
                    entries.add(entry);
                }
            }
        }
        if (entries.isEmpty()) {
            throw new UserInputException("--include: '" + include + "' matches no benchmark of profile " + profile.id());
        }
        return new RunPlan(profile, entries, sizes);
    }

    /** Every benchmark of an entry as {@code name corpus strategy cache bufferSize params}, then {@code threads=N} when N is not 1. */
    static List<String> cellsOf(PlanEntry e) {
        List<String> out = new ArrayList<>();
        for (String corpus : e.corpora().isEmpty() ? List.of("-") : e.corpora()) {
            for (String strategy : e.strategies().isEmpty() ? List.of("-") : e.strategies()) {
                for (String cache : e.caches().isEmpty() ? List.of("warm") : e.caches()) {
                    for (String buffer : e.bufferSizes().isEmpty() ? List.of("-") : e.bufferSizes()) {
                        for (List<String> params : e.paramCombinations()) {
                            out.add((e.benchmark() + " " + corpus + " " + strategy + " " + cache + " " + buffer + " "
                                    + String.join(" ", params)).trim() + (e.threads() == 1 ? "" : " threads=" + e.threads()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The number of benchmarks (parameter combinations) in the plan. */
    public int benchmarkCount() {
        return entries.stream().mapToInt(PlanEntry::count).sum();
    }

    /** Every corpus id the plan uses, in first-use order (the crash trials' corpus last). */
    public List<String> corpora() {
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(e -> ids.addAll(e.corpora()));
        if (profile.crashKills() > 0) {
            ids.add(BenchProfile.CRASH_CORPUS);
        }
        return List.copyOf(ids);
    }

    /** The estimated wall time of the crash trials in seconds (0 when the profile has none), for {@code methods} methods. */
    public double crashEstimateSeconds(int methods) {
        return profile.crashKills() * methods * CRASH_TRIALS_PER_KILL * CRASH_TRIAL_SECONDS;
    }

    /** Every cache state the plan uses ({@code warm} for methods without a cache parameter). */
    public List<String> cacheStates() {
        Set<String> states = new LinkedHashSet<>();
        entries.forEach(e -> states.addAll(e.caches().isEmpty() ? List.of("warm") : e.caches()));
        return List.copyOf(states);
    }

    /** The estimated wall time of the whole plan in seconds, with the profile's default fork overhead. */
    public double estimateSeconds() {
        return estimateSeconds(ForkOverhead.byDefault(profile));
    }

    /** The estimated wall time of the whole plan in seconds, {@code overhead} per fork and the crash trials included. */
    public double estimateSeconds(ForkOverhead overhead) {
        return entries.stream().mapToDouble(e -> estimateSeconds(e, overhead)).sum() + crashEstimateSeconds(CrashRunner.METHODS.size());
    }

    /** The estimated wall time of one entry in seconds, with the profile's default fork overhead. */
    public double estimateSeconds(PlanEntry e) {
        return estimateSeconds(e, ForkOverhead.byDefault(profile));
    }

    /**
     * The estimated wall time of one entry in seconds: {@code overhead} (and an IPC peer's start-up)
     * per fork plus its set iteration times ({@link #plannedIterationSeconds(PlanEntry)}) stretched by
     * the overhead's iteration factor.
     */
    public double estimateSeconds(PlanEntry e, ForkOverhead overhead) {
        double peer = e.params().containsKey("transport") ? PEER_START_SECONDS : 0;
        return e.count() * profile.forks() * (overhead.seconds() + peer) + overhead.iterationFactor() * plannedIterationSeconds(e);
    }

    /** The set iteration times of the whole plan in seconds, over every fork. */
    public double plannedIterationSeconds() {
        return entries.stream().mapToDouble(this::plannedIterationSeconds).sum();
    }

    /**
     * The set iteration times of one entry in seconds, over every fork: each iteration lasts its
     * set time or one operation (estimated from the corpus size), whichever is longer.
     */
    public double plannedIterationSeconds(PlanEntry e) {
        double total = 0;
        for (String corpus : e.corpora().isEmpty() ? List.of("") : e.corpora()) {
            long bytes = corpus.isEmpty() ? 0 : Math.min(Math.max(0, sizes.bytes(corpus, null)), operationBytes(e));
            for (String cache : cachesOf(e)) {
                double op = bytes / bytesPerSecond(PageCacheState.of(cache));
                double perFork = profile.warmupIterations(e.benchmark()) * Math.max(profile.warmupMillis() / 1000.0, op)
                        + profile.measurementIterations() * Math.max(profile.measurementMillis() / 1000.0, op);
                total += cellsPerCorpusAndCache(e) * profile.forks() * perFork;
            }
        }
        return total;
    }

    /** The most bytes one operation of {@code e} reads: a random 16 KiB read reads one block, every other benchmark the whole corpus. */
    private static long operationBytes(PlanEntry e) {
        return e.benchmark().equals(RANDOM_READ_BENCHMARK) ? ThreadedReads.BLOCK : Long.MAX_VALUE;
    }

    /** The assumed speed of one operation in page-cache state {@code state}. */
    private static double bytesPerSecond(PageCacheState state) {
        return switch (state) {
            case WARM, WARM_MAPPED -> WARM_BYTES_PER_SECOND;
            case COLD -> COLD_BYTES_PER_SECOND;
            case COLD_START -> DEVICE_PASS_BYTES_PER_SECOND;
        };
    }

    private static List<String> cachesOf(PlanEntry e) {
        return e.caches().isEmpty() ? List.of("warm") : e.caches();
    }

    private static int cellsPerCorpusAndCache(PlanEntry e) {
        return Math.max(1, e.strategies().size()) * Math.max(1, e.bufferSizes().size()) * e.paramCombinations().size();
    }

    /** How many forks the plan starts. */
    public int forkCount() {
        return benchmarkCount() * profile.forks();
    }
}
