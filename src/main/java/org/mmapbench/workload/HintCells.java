package org.mmapbench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.Hint;
import org.mmapbench.access.StreamingStrategy;
import org.mmapbench.access.Tuning;
import org.mmapbench.workload.kernel.ByteSearch;

/**
 * The cells of the hint benchmarks: read and find, each given one kernel {@link Hint} by its
 * strategy. A mapped hint runs the fair variant over its {@code mappedSegment} or
 * {@code mappedBuffer}; a {@code posix_fadvise} hint runs the windowed variant over {@code pread}
 * with the default 64 KiB window. Each cell answers exactly what the same workload's unhinted cell
 * answers, and is cross-checked against the same reference.
 *
 * <p>A hint cell's strategy is named {@code <strategy>+<hint>}, e.g. {@code mappedSegment+madvise-random},
 * so its name ({@code find/fair/mappedSegment+madvise-random}) never equals a cell of {@link Cells}.
 */
public final class HintCells {

    /** The workloads the hint benchmarks measure, in order; each id is also a benchmark method's name. */
    public static final List<Workload> WORKLOADS = List.of(Workload.READ, Workload.FIND);

    private static final List<Cell> ALL = build();

    private HintCells() {
    }

    /** Every hint cell: every workload of {@link #WORKLOADS} with every {@link Hint}, in that order. */
    public static List<Cell> all() {
        return ALL;
    }

    /** The strategy name of a hint cell, e.g. {@code mappedSegment+madvise-random}. */
    public static String label(Hint hint) {
        return hint.strategyId() + "+" + hint.id();
    }

    /** The cell of {@code workload} given {@code hint}, if the hint benchmarks measure that workload. */
    public static Optional<Cell> find(Workload workload, Hint hint) {
        String label = label(hint);
        return ALL.stream().filter(c -> c.workload() == workload && c.strategy().equals(label)).findFirst();
    }

    /**
     * The cell for these ids, as a hint benchmark's method name and {@code hint} parameter give them.
     *
     * @throws IllegalArgumentException naming them when there is no such cell
     */
    public static Cell get(String workload, String hint) {
        return find(Workload.byId(workload), Hint.byId(hint)).orElseThrow(() -> new IllegalArgumentException(
                "no hint cell for workload '" + workload + "' (hint benchmarks measure " + WORKLOADS.stream().map(Workload::id).toList() + ")"));
    }

    /** The strategy id a hint parameter value belongs to ({@code mappedSegment}, {@code mappedBuffer} or {@code pread}). */
    public static String strategyOf(String hint) {
        return Hint.byId(hint).strategyId();
    }

    /** The hint of the same strategy that changes nothing, the control {@code hint} is compared with. */
    public static String controlOf(String hint) {
        String strategy = strategyOf(hint);
        for (Hint h : Hint.values()) {
            if (h.control() && h.strategyId().equals(strategy)) {
                return h.id();
            }
        }
        throw new AssertionError("no control hint for " + strategy);
    }

    /** The call that gives a hint parameter value, e.g. {@code madvise(MADV_RANDOM)}. */
    public static String callOf(String hint) {
        return Hint.byId(hint).call();
    }

    private static List<Cell> build() {
        List<Cell> cells = new ArrayList<>();
        for (Workload w : WORKLOADS) {
            for (Hint h : Hint.values()) {
                cells.add(h.streaming() ? windowed(w, h) : fair(w, h));
            }
        }
        return List.copyOf(cells);
    }

    private static Cell fair(Workload w, Hint h) {
        ByteStrategy b = h.byteStrategy();
        return switch (w) {
            case READ -> new Cell(w, Variant.FAIR, label(h), b.maxLength(), f -> ReadWorkload.fair(b, f));
            case FIND -> new Cell(w, Variant.FAIR, label(h), b.maxLength(), f -> FindWorkload.fair(b, f, 0));
            default -> throw new IllegalArgumentException("hint benchmarks do not measure " + w.id());
        };
    }

    private static Cell windowed(Workload w, Hint h) {
        StreamingStrategy s = h.streamingStrategy();
        Tuning t = Tuning.DEFAULT;
        return switch (w) {
            case READ -> Cells.windowed(w, s, label(h), t, (f, win) -> Windowed.checksum(s, f, win));
            case FIND -> Cells.windowed(w, s, label(h), t, (f, win) -> Windowed.indexOf(s, f, 0, ByteSearch.THE, win));
            default -> throw new IllegalArgumentException("hint benchmarks do not measure " + w.id());
        };
    }
}
