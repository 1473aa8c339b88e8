package org.mmapbench.run;

import static org.mmapbench.workload.Variant.COPY_ON_WRITE;
import static org.mmapbench.workload.Variant.DURABILITY;
import static org.mmapbench.workload.Variant.FAIR;
import static org.mmapbench.workload.Variant.IDIOMATIC;
import static org.mmapbench.workload.Variant.LITERAL;
import static org.mmapbench.workload.Variant.WINDOWED;
import static org.mmapbench.workload.Workload.COUNT;
import static org.mmapbench.workload.Workload.FIND;
import static org.mmapbench.workload.Workload.PATCH;
import static org.mmapbench.workload.Workload.READ;
import static org.mmapbench.workload.Workload.REGEX;
import static org.mmapbench.workload.Workload.REPLACE;
import static org.mmapbench.workload.Workload.SEEK_FIND;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mmapbench.access.Hint;
import org.mmapbench.bench.CeilingBenchmark;
import org.mmapbench.bench.HintBenchmark;
import org.mmapbench.util.EnumIds;
import org.mmapbench.util.Sizes;
import org.mmapbench.util.UserInputException;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.HintCells;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * A named benchmark plan: JMH fork and iteration settings plus the benchmark cells to measure.
 *
 * <p>Every profile runs at least one fork per benchmark: with 0 forks every strategy would run in the
 * JVM of the harness, and the call-site type profiles polluted by the strategies measured earlier
 * would bias the later ones. Wall-time budgets ({@code smoke} within 30 seconds, {@code quick} within
 * 8 minutes and 32 benchmarks, {@code standard} within 30 minutes on a 2-core machine, fork start-up
 * and heap pre-touch included) are checked against {@link RunPlan#estimateSeconds()}; the opt-in
 * profiles ({@code full}, {@code writes}) print their estimate before they start, like every run.
 *
 * <p>Every profile measures at least 6 iterations per fork: the steady-state check's trend test over
 * one fork's iterations cannot reach p < 0.01 with fewer (its smallest p-value is 2/n!). Each
 * iteration is long enough to hold about one young collection of a 1 GiB heap under a
 * {@code readAllBytes} loop (one every 100 ms here): with 50 ms iterations, whether an iteration held
 * one moved {@code readAllBytes}'s fork medians up to 1.46x apart across 10 forks of one JVM, with
 * 150 ms iterations at most 1.25x (docs/measurements/2026-12-01-quick-iterations.md).
 */
public enum BenchProfile {
    /** Seconds: one fork, tiny iterations, four cells; proves the pipeline end to end in tests. */
    SMOKE(1, 1, 100, 2, 100, "1g", smokeSelections()),
    /**
     * The CI gate's profile (at most 32 benchmarks, within 8 minutes): 5 forks per benchmark, the
     * tutorial's five workloads on don-quixote: fair (the regular reference and both mapped
     * strategies), the literal pair, and the strongest regular contender (windowed {@code pread}).
     * Four warm-up iterations: with two, the first measured iteration of 16 forks ran on average 1.32x
     * the rest for {@code ReplaceBenchmark.fair mappedBuffer} and 1.11x for {@code ReadBenchmark.fair
     * readAllBytes}, and the steady-state rule flagged forks; with four, 0.99x and 1.04x, none flagged
     * (docs/measurements/2026-12-02-quick-warmup.md). {@code SeekFindBenchmark.fair} warms up for 12: its
     * {@code mappedSegment} forks ran about 100 us per operation until the JIT compiled its per-operation
     * code with C2, about 2.4 s into the fork, and 60 us after; with four warm-up iterations the rule
     * flagged 10 of its 25 forks in five runs, with eight 3 of 8, with twelve none of 8
     * (docs/measurements/2026-12-02-aa-quiet-host.md).
     */
    QUICK(5, 4, 150, 6, 150, "1g", quickSelections(), Map.of("SeekFindBenchmark.fair", 12)),
    /**
     * The default (within 30 minutes): 3 forks, every workload, variant and strategy on don-quixote
     * (windowed with its 64 KiB window; count, which is none of the article's comparisons, fair only), a size sweep for read/find (fair, and the strongest regular
     * contender for the crossover table), cold-cache runs of
     * read/find/seekFind, read/find after a mapped cache fill ({@code warm-mapped}) beside the
     * canonical one, and a part of {@link #WRITES}: the durability 2 x 2 of patch ({@code mappedSegment},
     * {@code channelDirect}) and replace ({@code mappedSegment}, {@code tempMove}), {@code copyOnWrite}
     * through {@code mappedSegment}, and IPC round trips at 64 B and 64 KiB over the mapped ring and a
     * Unix-domain socket. The mechanisms: the cost-anatomy steps that decompose the tutorial's comparisons
     * on don-quixote ({@link #decompositionSelections}), cold find under every kernel hint, 16 KiB random
     * reads of english-256MiB by 1 and 2 threads, and the three ceilings.
     */
    STANDARD(3, 2, 200, 8, 100, "1g", standardSelections()),
    /**
     * Opt-in (hours; run --dry-run prints the estimate): the measurements that explain the others and
     * those that need more forks or cells than the default has room for, at standard's iteration
     * settings with 5 forks (the fewest a bootstrap interval over forks is given for, see
     * docs/statistics.md). The cost anatomy ({@link #anatomySelections}): every step on english-4KiB,
     * english-1MiB and don-quixote, and the memory, channel and kernel-copy steps also on english-64MiB
     * and english-256MiB, where {@code channelDirect} and {@code readAllBytes} part ways. Every kernel
     * hint ({@code HintBenchmark}: {@code madvise} on {@code mappedSegment}, {@code load()} on
     * {@code mappedBuffer}, {@code posix_fadvise} on windowed {@code pread}) on read and find, warm and
     * cold, on don-quixote and english-256MiB. The ceilings ({@code CeilingBenchmark}) the report gives
     * every throughput as a percentage of ({@link #ceilingSelections()}). The crossover size sweep of
     * read/find/count from 4 KiB to 256 MiB, warm and cold, with the fair cells ({@code readAllBytes},
     * {@code mappedBuffer}, {@code mappedSegment}) and the strongest regular contender (windowed
     * {@code pread}, 64 KiB). Thread scaling with 1 and 2 threads ({@code ThreadsBenchmark}: 16 KiB
     * random reads and scans of english-256MiB, warm, four ways to share the file).
     */
    DEPTH(5, 2, 200, 8, 100, "1g", depthSelections()),
    /**
     * Hours: 5 forks, longer iterations, every Gutenberg text (the literal variant on the UTF-8 ones),
     * English corpora up to 4 GiB, the windowed variant's window size swept (16 KiB to 1 MiB), and thread
     * scaling with 1, 2, 4 and 8 threads.
     */
    FULL(5, 3, 500, 10, 250, "6g", fullSelections()),
    /**
     * Opt-in (about 13 minutes by the default fork overhead; run --dry-run prints it): writing and sharing,
     * on {@link #STANDARD}'s settings. The write variants of patch and replace on don-quixote: the
     * durability 2 x 2 (the {@code durability} method, every write method, {@code durability} {@code none}
     * and {@code synced}) and the write modes ({@code copyOnWrite} beside the {@code READ_WRITE} cells of
     * {@code durability=none}). Messages between
     * two JVMs: round-trip latency (JMH sample time: median, p99, p99.9) at 64 B, 4 KiB and 64 KiB and
     * one-way bulk throughput at 64 KiB and 1 MiB, over the mapped ring, a pipe, loopback TCP and a
     * Unix-domain socket. Then the crash table: 50 SIGKILLs inside the operation per replace method on
     * {@value #CRASH_CORPUS} ({@code crash.csv}).
     */
    WRITES(3, 2, 200, 8, 100, "1g", writesSelections()) {
        @Override
        public int crashKills() {
            return 50;
        }
    },
    /**
     * Opt-in, never in CI (about 34 minutes by the default estimate; run --dry-run prints it): a file larger
     * than the memory the benchmark may use. Every fork runs in a memory cgroup limited to
     * {@value #HUGE_MEMORY_LIMIT} bytes (heap, JVM and the file's page cache together) over the 4 GiB
     * corpus, started from an empty cache ({@code cold-start}): read and count (a search through the whole
     * file) through {@code mappedSegment} and through windowed {@code pread}. No warmup, so the first measured iteration
     * is the first pass over the file, and 20 iterations of one whole-file operation each, so the report's
     * per-iteration series ({@code timeseries.csv}) shows throughput and major faults as the cache fills
     * and eviction starts, which an average over the iterations hides.
     */
    HUGE(2, 0, 1000, 20, 1000, "512m", hugeSelections()) {
        @Override
        public long memoryLimitBytes() {
            return HUGE_MEMORY_LIMIT;
        }
    };

    /** The memory limit of the {@code huge} profile's forks: 2 GiB, half of {@link #HUGE_CORPUS}. */
    public static final long HUGE_MEMORY_LIMIT = 2L << 30;
    /** The corpus of the {@code huge} profile: 4 GiB, twice its memory limit. */
    public static final String HUGE_CORPUS = "english-4GiB";

    /** The corpus the crash-consistency trials replace in. */
    public static final String CRASH_CORPUS = "don-quixote";

    private final int forks;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;
    private final String heap;
    @SuppressWarnings("ImmutableEnumChecker") // List.copyOf in the constructor: unmodifiable
    private final List<Selection> selections;
    @SuppressWarnings("ImmutableEnumChecker") // Map.copyOf in the constructor: unmodifiable
    private final Map<String, Integer> longerWarmups;

    BenchProfile(int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
                 String heap, List<Selection> selections) {
        this(forks, warmupIterations, warmupMillis, measurementIterations, measurementMillis, heap, selections, Map.of());
    }

    BenchProfile(int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
                 String heap, List<Selection> selections, Map<String, Integer> longerWarmups) {
        if (forks < 1) {
            throw new IllegalArgumentException("forks must be >= 1");
        }
        longerWarmups.forEach((method, iterations) -> {
            if (iterations <= warmupIterations) {
                throw new IllegalArgumentException(method + ": a longer warm-up must exceed the profile's " + warmupIterations
                        + " iterations, not " + iterations);
            }
        });
        this.longerWarmups = Map.copyOf(longerWarmups);
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.heap = heap;
        this.selections = List.copyOf(selections);
    }

    /** The profile named {@code name} (case-insensitive). */
    public static BenchProfile byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return EnumIds.find(BenchProfile.class, BenchProfile::id, wanted).orElseThrow(() -> new UserInputException(
                "--profile: unknown profile '" + name + "' (choose one of " + String.join(", ", EnumIds.ids(BenchProfile.class, BenchProfile::id)) + ")"));
    }

    /** The name used on the command line and in run ids, e.g. {@code quick}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** JMH forks per benchmark; always at least 1. */
    public int forks() {
        return forks;
    }

    /** Warmup iterations per fork of every benchmark method not in {@link #longerWarmups()}. */
    public int warmupIterations() {
        return warmupIterations;
    }

    /**
     * Warmup iterations per fork of one benchmark method, named in full
     * ({@code org.mmapbench.bench.SeekFindBenchmark.fair}) or by class and method ({@code SeekFindBenchmark.fair}).
     */
    public int warmupIterations(String benchmark) {
        return longerWarmups.getOrDefault(BenchmarkName.shortName(benchmark), warmupIterations);
    }

    /**
     * The benchmark methods this profile warms up for longer than {@link #warmupIterations()}, by class and
     * method name, with their warm-up iterations: set where the steady-state rule flagged forks on the
     * reference machine, and never changed at run time.
     */
    public Map<String, Integer> longerWarmups() {
        return longerWarmups;
    }

    /** Duration of one warmup iteration in milliseconds. */
    public int warmupMillis() {
        return warmupMillis;
    }

    /** Measurement iterations per fork. */
    public int measurementIterations() {
        return measurementIterations;
    }

    /** Duration of one measurement iteration in milliseconds. */
    public int measurementMillis() {
        return measurementMillis;
    }

    /** The fixed heap of every fork ({@code -Xms} = {@code -Xmx}, touched at start-up), e.g. {@code 1g}. */
    public String heap() {
        return heap;
    }

    /** {@link #heap()} in bytes. */
    public long heapBytes() {
        return Sizes.parse(heap.replaceAll("(?i)([kmgt])$", "$1iB"), "heap");
    }

    /** The benchmark cells of this profile. */
    public List<Selection> selections() {
        return selections;
    }

    /**
     * SIGKILLs that must land inside the operation per replace method in the crash-consistency trials
     * ({@code verify.CrashRunner}) the run adds after its benchmarks; 0 for no crash trials.
     */
    public int crashKills() {
        return 0;
    }

    /**
     * The memory limit in bytes of the cgroup every fork of this profile runs in (its heap, the JVM and
     * the page cache it fills, together); 0 for none. A run of a profile with a limit refuses to start
     * where no memory cgroup can be made ({@code MemoryCgroup}).
     */
    public long memoryLimitBytes() {
        return 0;
    }

    /**
     * The strongest regular contender, fixed before anything is measured: windowed {@code pread}
     * with a 64 KiB window (see docs/methodology.md, "The strongest regular contender").
     */
    public static final String CONTENDER_STRATEGY = "pread";

    private static List<Selection> smokeSelections() {
        List<String> strategies = List.of("readAllBytes", "mappedSegment");
        return List.of(
                new Selection(READ, List.of(FAIR), List.of("don-quixote"), strategies, List.of("warm")),
                new Selection(FIND, List.of(FAIR), List.of("don-quixote"), strategies, List.of("warm")));
    }

    private static List<Selection> quickSelections() {
        // The tutorial's five comparisons on don-quixote, each against the two regular baselines the
        // report names: the fair variant with the regular reference and both mapped strategies; the
        // article's code line by line (literal); and the strongest regular contender (windowed pread).
        // The idiomatic cells (String code) are in standard.
        List<Selection> s = new ArrayList<>();
        List<String> dq = List.of("don-quixote");
        List<String> warm = List.of("warm");
        for (Workload w : List.of(READ, FIND, REGEX, SEEK_FIND, REPLACE)) {
            s.add(new Selection(w, List.of(FAIR), dq, List.of("readAllBytes", "mappedBuffer", "mappedSegment"), warm));
            s.add(new Selection(w, List.of(LITERAL), dq, List.of(), warm));
            s.add(new Selection(w, List.of(WINDOWED), dq, List.of(CONTENDER_STRATEGY), warm));
        }
        return s;
    }

    private static List<Selection> standardSelections() {
        List<Selection> s = new ArrayList<>();
        List<String> dq = List.of("don-quixote");
        List<String> warm = List.of("warm");
        List<Variant> readAndFair = List.of(FAIR, IDIOMATIC, WINDOWED, LITERAL);
        for (Workload w : Workload.values()) {
            // count is none of the article's comparisons: its fair cells only (its other variants are in full)
            s.add(new Selection(w, w == COUNT ? List.of(FAIR) : readAndFair, dq, List.of(), warm));
        }
        // Writing and sharing, 14 benchmarks (the rest is in writes): the durability 2 x 2 of each write
        // workload (mapped in place against its regular counterpart, none and synced), the PRIVATE
        // mapping beside the READ_WRITE one, and round trips at 64 B and 64 KiB over the ring and a socket.
        s.add(durability(PATCH, List.of("mappedSegment", "channelDirect")));
        s.add(durability(REPLACE, List.of("mappedSegment", "tempMove")));
        for (Workload w : List.of(PATCH, REPLACE)) {
            s.add(new Selection(w, List.of(COPY_ON_WRITE), dq, List.of("mappedSegment"), warm));
        }
        s.add(ipc("roundTrip", List.of("mappedRing", "unix"), List.of("64", "65536")));
        List<String> sweepStrategies = List.of("readAllBytes", "channelDirect", "mappedBuffer", "mappedSegment");
        List<String> sweep = List.of("english-4KiB", "english-1MiB", "english-64MiB", "english-256MiB");
        for (Workload w : List.of(READ, FIND)) {
            s.add(new Selection(w, List.of(FAIR), sweep, sweepStrategies, List.of("warm")));
            s.add(new Selection(w, List.of(WINDOWED), sweep, List.of(CONTENDER_STRATEGY), List.of("warm")));
        }
        for (Workload w : List.of(READ, FIND, SEEK_FIND)) {
            s.add(new Selection(w, List.of(FAIR), List.of("don-quixote"), sweepStrategies, List.of("cold")));
        }
        // How the cache was filled, as a measured factor: the same cells after faulting the corpus in through a mapping.
        for (Workload w : List.of(READ, FIND)) {
            s.add(new Selection(w, List.of(FAIR), List.of("don-quixote"), List.of("readAllBytes", "mappedBuffer", "mappedSegment"),
                    List.of("warm-mapped")));
        }
        // The mechanisms, 40 benchmarks (the rest is in depth): the anatomy steps that decompose the tutorial's
        // comparisons on don-quixote, cold find under every kernel hint, 16 KiB random reads by 1 and 2
        // threads, and the machine's three ceilings.
        s.addAll(decompositionSelections(dq));
        s.add(hintSelection(FIND, dq, List.of("cold")));
        s.add(Selection.ofThreads("ThreadsBenchmark", List.of("random16k"), List.of("english-256MiB"), List.of(), List.of(1, 2)));
        s.addAll(ceilingSelections());
        return s;
    }

    /**
     * The cost-anatomy steps that the report's decomposition of the tutorial's five comparisons prices
     * ({@code report.AnatomyStep}), warm, on {@code corpora}: 18 benchmarks per corpus, with the kernel copy
     * as one {@code pread} of the whole file. {@link #anatomySelections} adds the steps that explain more
     * (native allocation, unmaps of shared and automatic arenas, {@code pread} per buffer size).
     */
    static List<Selection> decompositionSelections(List<String> corpora) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put("AnatomyChannelBenchmark", List.of("openClose"));
        steps.put("AnatomyMemoryBenchmark", List.of("heapArray", "copyToHeap"));
        steps.put("AnatomyPreadBenchmark", List.of("preadWholeFile"));
        steps.put("AnatomyMapBenchmark", List.of("map", "mapBuffer", "firstTouch", "firstTouchOnePage"));
        steps.put("AnatomyUnmapBenchmark", List.of("closeConfined", "closeConfinedOnePage"));
        steps.put("AnatomyKernelBenchmark", List.of()); // every kernel, over the heap and over a warm mapping
        List<Selection> s = new ArrayList<>();
        steps.forEach((cls, methods) -> s.add(Selection.ofClass(cls, methods, corpora, List.of("warm"), List.of(), Map.of())));
        return s;
    }

    /** The corpus the ceilings move: larger than the CPU caches, and generated for standard's size sweep anyway (a compile-time constant, so the enum constants can use it). */
    static final String CEILING_CORPUS = "english-64MiB";

    /**
     * The machine's limits ({@code CeilingBenchmark}), 3 benchmarks: memory copy and warm {@code pread}
     * (a method without a cache parameter runs warm only), then cold {@code pread}.
     */
    static List<Selection> ceilingSelections() {
        String ceilings = CeilingBenchmark.class.getSimpleName();
        return List.of(
                Selection.ofClass(ceilings, List.of(), List.of(CEILING_CORPUS), List.of("warm"), List.of(), Map.of()),
                Selection.ofClass(ceilings, List.of(), List.of(CEILING_CORPUS), List.of("cold"), List.of(), Map.of()));
    }

    /**
     * The kernel hints of {@code HintBenchmark} for {@code workload} ({@code read} or {@code find}): every
     * {@link Hint}, each strategy's control among them, on {@code corpora} in {@code caches}.
     */
    static Selection hintSelection(Workload workload, List<String> corpora, List<String> caches) {
        return Selection.ofClass(HintBenchmark.class.getSimpleName(), List.of(workload.id()), corpora, caches, List.of(),
                Map.of("hint", Hint.ids()));
    }

    private static List<Selection> writesSelections() {
        List<Selection> s = new ArrayList<>();
        for (Workload w : List.of(PATCH, REPLACE)) {
            s.add(durability(w, List.of()));
            s.add(new Selection(w, List.of(COPY_ON_WRITE), List.of("don-quixote"), List.of(), List.of("warm")));
        }
        List<String> transports = List.of("mappedRing", "pipe", "tcp", "unix");
        s.add(ipc("roundTrip", transports, List.of("64", "4096", "65536")));
        s.add(ipc("bulk", transports, List.of("65536", "1048576")));
        return s;
    }

    /**
     * The durability 2 x 2 of write workload {@code w} on don-quixote, warm: its {@code durability} method
     * with both values of the {@code durability} parameter, through {@code strategies} (empty: every write method).
     */
    private static Selection durability(Workload w, List<String> strategies) {
        return new Selection(w, List.of(DURABILITY), List.of("don-quixote"), strategies, List.of("warm"), List.of(),
                BenchmarkName.className(w), List.of(), Map.of("durability", List.of("none", "synced")), List.of());
    }

    /** The IPC benchmark's {@code method} over {@code transports} at {@code sizes} (bytes). */
    private static Selection ipc(String method, List<String> transports, List<String> sizes) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("transport", transports);
        params.put("messageSize", sizes);
        return Selection.of("org.mmapbench.bench.IpcBenchmark", List.of(method), params);
    }

    /**
     * The cost-anatomy benchmark classes, in the order an operation meets their steps. (A method, not
     * a constant: enum constants are built before the enum's other static fields.)
     */
    public static List<String> anatomyClasses() {
        return List.of("AnatomyChannelBenchmark", "AnatomyMemoryBenchmark", "AnatomyPreadBenchmark", "AnatomyMapBenchmark",
                "AnatomyKernelBenchmark", "AnatomyUnmapBenchmark");
    }

    /**
     * Every cost-anatomy step on {@code corpora}, the kernel copy through 16 KiB, 64 KiB and 1 MiB
     * buffers: what a profile adds to decompose the tutorial's comparisons on those corpora (25
     * benchmarks per corpus).
     */
    public static List<Selection> anatomySelections(List<String> corpora) {
        List<Selection> s = new ArrayList<>();
        for (String cls : anatomyClasses()) {
            s.add(Selection.ofClass(cls, corpora, cls.equals("AnatomyPreadBenchmark") ? List.of("16384", "65536", "1048576") : List.of()));
        }
        return s;
    }

    private static List<Selection> depthSelections() {
        List<Selection> s = new ArrayList<>(anatomySelections(List.of("english-4KiB", "english-1MiB", "don-quixote")));
        // Where channelDirect and readAllBytes part ways (64 and 256 MiB): what each allocates, and the kernel copy.
        List<String> large = List.of("english-64MiB", "english-256MiB");
        s.add(Selection.ofClass("AnatomyChannelBenchmark", large, List.of()));
        s.add(Selection.ofClass("AnatomyMemoryBenchmark", large, List.of()));
        s.add(Selection.ofClass("AnatomyPreadBenchmark", large, List.of("65536")));
        // Kernel hints: read and find, warm and cold, on a text and on a file larger than read-around reaches.
        for (Workload w : HintCells.WORKLOADS) {
            s.add(hintSelection(w, List.of("don-quixote", "english-256MiB"), List.of("warm", "cold")));
        }
        // The machine's limits, so that the report gives every throughput as a percentage of its ceiling.
        s.addAll(ceilingSelections());
        // Crossover sizes (docs/statistics.md, "Crossover sizes"): six sizes, a factor of 16 apart (4 between
        // 64 and 256 MiB), every cell with 5 forks; the contender beside the fair cells in the same sweep.
        List<String> sweep = List.of("english-4KiB", "english-64KiB", "english-1MiB", "english-16MiB", "english-64MiB",
                "english-256MiB");
        for (Workload w : List.of(READ, FIND, COUNT)) {
            s.add(new Selection(w, List.of(FAIR), sweep, List.of("readAllBytes", "mappedBuffer", "mappedSegment"), List.of("warm", "cold")));
            s.add(new Selection(w, List.of(WINDOWED), sweep, List.of(CONTENDER_STRATEGY), List.of("warm", "cold")));
        }
        // Thread scaling on a 2-core machine: 1 and 2 threads (full adds 4 and 8).
        s.add(Selection.ofThreads("ThreadsBenchmark", List.of(), List.of("english-256MiB"), List.of(), List.of(1, 2)));
        return s;
    }

    /**
     * Read and count over {@link #HUGE_CORPUS} from an empty cache, two scans of the whole file (find
     * stops at its first match, near the start): the fair variant through
     * {@code mappedSegment} (one mapping of the whole file; {@code mappedBuffer} would need a mapping per
     * 2 GiB) against the windowed variant through {@code pread}, the strongest regular contender.
     * (Literals: enum constants are built before the enum's other static fields.)
     */
    private static List<Selection> hugeSelections() {
        List<Selection> s = new ArrayList<>();
        List<String> corpus = List.of(HUGE_CORPUS);
        List<String> coldStart = List.of("cold-start");
        for (Workload w : List.of(READ, COUNT)) {
            s.add(new Selection(w, List.of(FAIR), corpus, List.of("mappedSegment"), coldStart));
            s.add(new Selection(w, List.of(WINDOWED), corpus, List.of(CONTENDER_STRATEGY), coldStart));
        }
        return s;
    }

    private static List<Selection> fullSelections() {
        List<Selection> s = new ArrayList<>();
        List<String> texts = List.of("don-quixote", "pride-and-prejudice", "moby-dick", "war-and-peace", "don-quijote-es");
        // The literal variant's regular cells decode UTF-8: not on the ISO-8859-1 Spanish text.
        List<String> utf8Texts = texts.stream().filter(t -> !t.equals("don-quijote-es")).toList();
        List<Variant> allButLiteral = List.of(FAIR, IDIOMATIC, WINDOWED); // the write variants are in writes
        for (Workload w : Workload.values()) {
            s.add(new Selection(w, allButLiteral, texts, List.of(), List.of("warm")));
            s.add(new Selection(w, List.of(LITERAL), utf8Texts, List.of(), List.of("warm")));
        }
        List<String> heapable = List.of("readAllBytes", "bufferedStream", "channelHeap", "channelDirect", "mappedBuffer", "mappedSegment");
        List<String> sweep = List.of("english-4KiB", "english-64KiB", "english-1MiB", "english-16MiB", "english-64MiB",
                "english-256MiB", "english-1GiB");
        // Past 2 GiB a byte[] cannot hold the file: only streaming and mapped strategies take part.
        List<String> beyondArrays = List.of("bufferedStream", "channelDirect", "mappedBuffer", "mappedSegment");
        for (Workload w : List.of(READ, FIND, COUNT)) {
            s.add(new Selection(w, List.of(FAIR), sweep, heapable, List.of("warm")));
            s.add(new Selection(w, List.of(FAIR), List.of("english-4GiB"), beyondArrays, List.of("warm")));
        }
        for (Workload w : List.of(READ, FIND, SEEK_FIND)) {
            s.add(new Selection(w, List.of(), List.of("don-quixote", "english-256MiB"), List.of(), List.of("cold")));
        }
        // The windowed contender's buffer size: 64 KiB is measured above; 16 KiB, 256 KiB and 1 MiB here.
        // (A local list: enum constants are built before the enum's other static fields.)
        List<String> bufferSweep = List.of("16384", "262144", "1048576");
        for (Workload w : List.of(READ, COUNT, REGEX, FIND, SEEK_FIND, REPLACE)) {
            s.add(new Selection(w, List.of(WINDOWED), List.of("don-quixote", "english-256MiB"), List.of(), List.of("warm"),
                    bufferSweep));
        }
        // Thread scaling for machines with more cores than this one's two.
        s.add(Selection.ofThreads("ThreadsBenchmark", List.of(), List.of("english-256MiB"), List.of(), List.of(1, 2, 4, 8)));
        return s;
    }
}
