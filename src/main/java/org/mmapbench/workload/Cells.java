package org.mmapbench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mmapbench.access.AccessStrategy;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.PositionalWriter;
import org.mmapbench.access.Strategies;
import org.mmapbench.access.StreamingStrategy;
import org.mmapbench.access.TextStrategy;
import org.mmapbench.access.Tuning;

/**
 * The single source of truth for which (workload, variant, strategy) cells exist.
 *
 * <p>A cell exists where the strategy has the capability the variant needs:
 * <ul>
 *   <li>fair: read, find, count, regex, seekFind, replace over every {@link ByteStrategy}
 *       ({@code readAllBytes}, {@code bufferedStream}, {@code channelHeap}, {@code channelDirect},
 *       {@code randomAccessFile}, {@code mappedBuffer}, {@code mappedSegment}); patch over every
 *       {@link PositionalWriter} ({@code channelHeap}, {@code channelDirect}, {@code randomAccessFile})
 *       and {@link MappedStrategy};</li>
 *   <li>idiomatic: read, find, count, regex, seekFind over every {@link TextStrategy}
 *       ({@code readString}, {@code bufferedReader}, {@code mappedBuffer}); replace over the regular
 *       text strategies ({@code readString}, {@code bufferedReader});</li>
 *   <li>windowed: find and seekFind over every {@link StreamingStrategy} ({@code bufferedStream},
 *       {@code channelHeap}, {@code channelDirect}, {@code randomAccessFile}).</li>
 * </ul>
 * Cells are listed by workload, then variant, then strategy in {@link Strategies} order.
 */
public final class Cells {

    private static final List<Cell> STANDARD = build(Strategies.standard());

    private Cells() {
    }

    /** Every cell with {@link Tuning#DEFAULT} sizes, as benchmarks run them. */
    public static List<Cell> all() {
        return STANDARD;
    }

    /** Every cell built on the given strategies (tests pass strategies with tiny chunk sizes). */
    public static List<Cell> all(Strategies strategies) {
        return strategies == Strategies.standard() ? STANDARD : build(strategies);
    }

    /** The cell for this workload, variant and strategy id, if it exists. */
    public static Optional<Cell> find(Workload workload, Variant variant, String strategy) {
        return STANDARD.stream()
                .filter(c -> c.workload() == workload && c.variant() == variant && c.strategy().equals(strategy))
                .findFirst();
    }

    /**
     * The cell for these ids, as JMH parameters name them.
     *
     * @throws IllegalArgumentException naming the triple if no such cell exists
     */
    public static Cell get(String workload, String variant, String strategy) {
        return find(Workload.byId(workload), Variant.byId(variant), strategy)
                .orElseThrow(() -> new IllegalArgumentException("no cell " + workload + "/" + variant + "/" + strategy
                        + " (see Cells javadoc for the cells that exist)"));
    }

    private static List<Cell> build(Strategies strategies) {
        Tuning t = strategies.tuning();
        List<Cell> cells = new ArrayList<>();
        for (Workload w : Workload.values()) {
            for (Variant v : Variant.values()) {
                for (AccessStrategy s : strategies.all()) {
                    Cell c = cell(w, v, s, t);
                    if (c != null) {
                        cells.add(c);
                    }
                }
            }
        }
        return List.copyOf(cells);
    }

    private static Cell cell(Workload w, Variant v, AccessStrategy s, Tuning t) {
        String id = s.id();
        switch (v) {
            case FAIR -> {
                if (w == Workload.PATCH) {
                    if (s instanceof MappedStrategy m) {
                        return new Cell(w, v, id, Long.MAX_VALUE, f -> PatchWorkload.fairMapped(m, f));
                    }
                    if (s instanceof PositionalWriter p) {
                        return new Cell(w, v, id, Long.MAX_VALUE, f -> PatchWorkload.fairRegular(p, f));
                    }
                    return null;
                }
                if (!(s instanceof ByteStrategy b)) {
                    return null;
                }
                long max = b.maxLength();
                return switch (w) {
                    case READ -> new Cell(w, v, id, max, f -> ReadWorkload.fair(b, f));
                    case FIND -> new Cell(w, v, id, max, f -> FindWorkload.fair(b, f, 0));
                    case COUNT -> new Cell(w, v, id, max, f -> CountWorkload.fair(b, f));
                    case REGEX -> new Cell(w, v, id, max, f -> RegexWorkload.fair(b, f, t.regexWindow()));
                    // readAllBytes cannot seek: it holds the whole file even for seekFind.
                    case SEEK_FIND -> new Cell(w, v, id, max == Long.MAX_VALUE || id.equals("readAllBytes") ? max : max + Workload.SEEK_OFFSET,
                            f -> FindWorkload.fair(b, f, Workload.SEEK_OFFSET));
                    case REPLACE -> b instanceof MappedStrategy m
                            ? new Cell(w, v, id, max, f -> ReplaceWorkload.fairMapped(m, f))
                            : new Cell(w, v, id, max, f -> ReplaceWorkload.fairRegular(b, f));
                    case PATCH -> throw new AssertionError("handled above");
                };
            }
            case IDIOMATIC -> {
                if (!(s instanceof TextStrategy ts)) {
                    return null;
                }
                long max = ts.maxTextLength();
                return switch (w) {
                    case READ -> new Cell(w, v, id, max, f -> ReadWorkload.idiomatic(ts, f));
                    case FIND -> new Cell(w, v, id, max, f -> FindWorkload.idiomatic(ts, f, 0));
                    case COUNT -> new Cell(w, v, id, max, f -> CountWorkload.idiomatic(ts, f));
                    case REGEX -> new Cell(w, v, id, max, f -> RegexWorkload.idiomatic(ts, f));
                    case SEEK_FIND -> new Cell(w, v, id, id.equals("readString") ? max : max + Workload.SEEK_OFFSET,
                            f -> FindWorkload.idiomatic(ts, f, Workload.SEEK_OFFSET));
                    case REPLACE -> s.kind() == org.mmapbench.access.AccessKind.REGULAR
                            ? new Cell(w, v, id, max, f -> ReplaceWorkload.idiomatic(ts, f))
                            : null;
                    case PATCH -> null;
                };
            }
            case WINDOWED -> {
                if (!(s instanceof StreamingStrategy ss)) {
                    return null;
                }
                return switch (w) {
                    case FIND -> new Cell(w, v, id, Long.MAX_VALUE, f -> FindWorkload.windowed(ss, f, 0, t.bufferSize()));
                    case SEEK_FIND -> new Cell(w, v, id, Long.MAX_VALUE,
                            f -> FindWorkload.windowed(ss, f, Workload.SEEK_OFFSET, t.bufferSize()));
                    default -> null;
                };
            }
            default -> throw new AssertionError(v);
        }
    }
}
