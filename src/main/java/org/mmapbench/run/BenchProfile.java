package org.mmapbench.run;

import static org.mmapbench.workload.Variant.FAIR;
import static org.mmapbench.workload.Variant.IDIOMATIC;
import static org.mmapbench.workload.Variant.LITERAL;
import static org.mmapbench.workload.Variant.WINDOWED;
import static org.mmapbench.workload.Workload.COUNT;
import static org.mmapbench.workload.Workload.FIND;
import static org.mmapbench.workload.Workload.READ;
import static org.mmapbench.workload.Workload.REGEX;
import static org.mmapbench.workload.Workload.REPLACE;
import static org.mmapbench.workload.Workload.SEEK_FIND;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mmapbench.util.Sizes;
import org.mmapbench.util.UserInputException;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * A named benchmark plan: JMH fork and iteration settings plus the benchmark cells to measure.
 *
 * <p>Every profile runs at least one fork per benchmark: with 0 forks every strategy would run in the
 * JVM of the harness, and the call-site type profiles polluted by the strategies measured earlier
 * would bias the later ones. Wall-time budgets ({@code smoke} within 30 seconds, {@code quick} within
 * 8 minutes and 32 benchmarks, {@code standard} within 30 minutes on a 2-core machine, fork start-up
 * and heap pre-touch included) are checked against {@link RunPlan#estimateSeconds()}.
 *
 * <p>Measurement iterations are many and short rather than few and long (for example 6 x 50 ms
 * instead of 3 x 100 ms): the steady-state check's trend test over one fork's iterations cannot
 * reach p < 0.01 with fewer than 6 of them (its smallest p-value is 2/n!).
 */
public enum BenchProfile {
    /** Seconds: one fork, tiny iterations, four cells; proves the pipeline end to end in tests. */
    SMOKE(1, 1, 100, 2, 100, "1g", smokeSelections()),
    /**
     * The CI gate's profile (at most 32 benchmarks, within 8 minutes): 5 forks per benchmark, the
     * tutorial's five workloads on don-quixote: fair (the regular reference and both mapped
     * strategies), the literal pair, and the strongest regular contender (windowed {@code pread}).
     */
    QUICK(5, 2, 150, 6, 50, "1g", quickSelections()),
    /**
     * The default (within 30 minutes): 3 forks, every workload, variant and strategy on don-quixote
     * (windowed with its 64 KiB window), a size sweep for read/find/count, cold-cache runs of
     * read/find/seekFind, and read/find after a mapped cache fill ({@code warm-mapped}) beside the
     * canonical one.
     */
    STANDARD(3, 2, 200, 8, 100, "1g", standardSelections()),
    /**
     * Opt-in, hours: the measurements that need more forks or cells than the default has room for, at
     * standard's iteration settings with 5 forks (the fewest a bootstrap interval over forks is given
     * for): the crossover size sweep of read/find/count from 4 KiB to 256 MiB, warm and cold, with the
     * fair cells ({@code readAllBytes}, {@code mappedBuffer}, {@code mappedSegment}) and the strongest
     * regular contender (windowed {@code pread}, 64 KiB); and thread scaling with 1 and 2 threads
     * ({@code ThreadsBenchmark}: 16 KiB random reads and scans of english-256MiB, warm, four ways to share the file).
     */
    DEPTH(5, 2, 200, 8, 100, "1g", depthSelections()),
    /**
     * Hours: 5 forks, longer iterations, every Gutenberg text (the literal variant on the UTF-8 ones),
     * English corpora up to 4 GiB, the windowed variant's window size swept (16 KiB to 1 MiB), and thread
     * scaling with 1, 2, 4 and 8 threads.
     */
    FULL(5, 3, 500, 10, 250, "6g", fullSelections());

    private final int forks;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;
    private final String heap;
    @SuppressWarnings("ImmutableEnumChecker") // List.copyOf in the constructor: unmodifiable
    private final List<Selection> selections;

    BenchProfile(int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
                 String heap, List<Selection> selections) {
        if (forks < 1) {
            throw new IllegalArgumentException("forks must be >= 1");
        }
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
        for (BenchProfile p : values()) {
            if (p.id().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return p;
            }
        }
        throw new UserInputException("--profile: unknown profile '" + name + "' (choose one of "
                + String.join(", ", Arrays.stream(values()).map(BenchProfile::id).toList()) + ")");
    }

    /** The name used on the command line and in run ids, e.g. {@code quick}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** JMH forks per benchmark; always at least 1. */
    public int forks() {
        return forks;
    }

    /** Warmup iterations per fork. */
    public int warmupIterations() {
        return warmupIterations;
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
        for (Workload w : Workload.values()) {
            s.add(new Selection(w, List.of(), List.of("don-quixote"), List.of(), List.of("warm")));
        }
        List<String> sweepStrategies = List.of("readAllBytes", "channelDirect", "mappedBuffer", "mappedSegment");
        List<String> sweep = List.of("english-4KiB", "english-1MiB", "english-64MiB", "english-256MiB");
        for (Workload w : List.of(READ, FIND, COUNT)) {
            s.add(new Selection(w, List.of(FAIR), sweep, sweepStrategies, List.of("warm")));
        }
        for (Workload w : List.of(READ, FIND, SEEK_FIND)) {
            s.add(new Selection(w, List.of(FAIR), List.of("don-quixote"), sweepStrategies, List.of("cold")));
        }
        // How the cache was filled, as a measured factor: the same cells after faulting the corpus in through a mapping.
        for (Workload w : List.of(READ, FIND)) {
            s.add(new Selection(w, List.of(FAIR), List.of("don-quixote"), List.of("readAllBytes", "mappedBuffer", "mappedSegment"),
                    List.of("warm-mapped")));
        }
        return s;
    }

    private static List<Selection> depthSelections() {
        List<Selection> s = new ArrayList<>();
        // Crossover sizes (docs/statistics.md, "Crossover sizes"): six sizes, a factor of 16 apart (4 between
        // 64 and 256 MiB), every cell with 5 forks; the contender beside the fair cells in the same sweep.
        List<String> sweep = List.of("english-4KiB", "english-64KiB", "english-1MiB", "english-16MiB", "english-64MiB",
                "english-256MiB");
        for (Workload w : List.of(READ, FIND, COUNT)) {
            s.add(new Selection(w, List.of(FAIR), sweep, List.of("readAllBytes", "mappedBuffer", "mappedSegment"), List.of("warm", "cold")));
            s.add(new Selection(w, List.of(WINDOWED), sweep, List.of(CONTENDER_STRATEGY), List.of("warm", "cold")));
        }
        // Thread scaling on a 2-core machine: 1 and 2 threads (full adds 4 and 8).
        s.add(Selection.ofClass("ThreadsBenchmark", List.of("english-256MiB"), List.of(), List.of(1, 2)));
        return s;
    }

    private static List<Selection> fullSelections() {
        List<Selection> s = new ArrayList<>();
        List<String> texts = List.of("don-quixote", "pride-and-prejudice", "moby-dick", "war-and-peace", "don-quijote-es");
        // The literal variant's regular cells decode UTF-8: not on the ISO-8859-1 Spanish text.
        List<String> utf8Texts = texts.stream().filter(t -> !t.equals("don-quijote-es")).toList();
        List<Variant> allButLiteral = List.of(FAIR, IDIOMATIC, WINDOWED);
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
        s.add(Selection.ofClass("ThreadsBenchmark", List.of("english-256MiB"), List.of(), List.of(1, 2, 4, 8)));
        return s;
    }
}
