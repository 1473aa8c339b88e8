package org.mmapbench.run;

import static org.mmapbench.workload.Variant.FAIR;
import static org.mmapbench.workload.Variant.IDIOMATIC;
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
import org.mmapbench.util.UserInputException;
import org.mmapbench.workload.Workload;

/**
 * A named benchmark plan: JMH fork and iteration settings plus the benchmark cells to measure.
 *
 * <p>Every profile runs at least one fork per benchmark: with 0 forks every strategy would run in the
 * JVM of the harness, and the call-site type profiles polluted by the strategies measured earlier
 * would bias the later ones. Wall-time limits ({@code quick} within 6 minutes, {@code standard}
 * within 25 minutes on a 2-core machine) are checked by {@link RunPlan#estimateSeconds()}.
 */
public enum BenchProfile {
    /** Seconds: one fork, tiny iterations, four cells; proves the pipeline end to end in tests. */
    SMOKE(1, 1, 100, 2, 100, "2g", smokeSelections()),
    /**
     * The CI gate's profile (about 3 minutes): 5 forks per benchmark, the tutorial's five workloads on
     * don-quixote, fair and idiomatic variants, the regular references and both mapped strategies.
     */
    QUICK(5, 2, 150, 3, 100, "2g", quickSelections()),
    /**
     * The default (about 16 minutes): 3 forks, every workload, variant and strategy on don-quixote,
     * a size sweep for read/find/count and cold-cache runs of read/find/seekFind.
     */
    STANDARD(3, 2, 200, 4, 200, "2g", standardSelections()),
    /** Hours: 5 forks, longer iterations, every Gutenberg text and English corpora up to 4 GiB. */
    FULL(5, 3, 500, 5, 500, "6g", fullSelections());

    private final int forks;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;
    private final String heap;
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

    /** The fixed heap of every fork ({@code -Xms} = {@code -Xmx}), e.g. {@code 2g}. */
    public String heap() {
        return heap;
    }

    /** The benchmark cells of this profile. */
    public List<Selection> selections() {
        return selections;
    }

    private static List<Selection> smokeSelections() {
        List<String> strategies = List.of("readAllBytes", "mappedSegment");
        return List.of(
                new Selection(READ, List.of(FAIR), List.of("don-quixote"), strategies, List.of("warm")),
                new Selection(FIND, List.of(FAIR), List.of("don-quixote"), strategies, List.of("warm")));
    }

    private static List<Selection> quickSelections() {
        // The tutorial's five workloads that have both variants, with the tutorial's regular
        // references and both mapped strategies.
        List<String> strategies = List.of("readAllBytes", "readString", "mappedBuffer", "mappedSegment");
        List<Selection> s = new ArrayList<>();
        for (Workload w : List.of(READ, FIND, REGEX, SEEK_FIND, REPLACE)) {
            s.add(new Selection(w, List.of(FAIR, IDIOMATIC), List.of("don-quixote"), strategies, List.of("warm")));
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
        return s;
    }

    private static List<Selection> fullSelections() {
        List<Selection> s = new ArrayList<>();
        List<String> texts = List.of("don-quixote", "pride-and-prejudice", "moby-dick", "war-and-peace", "don-quijote-es");
        for (Workload w : Workload.values()) {
            s.add(new Selection(w, List.of(), texts, List.of(), List.of("warm")));
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
        return s;
    }
}
