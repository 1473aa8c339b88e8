package org.mmapbench.workload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mmapbench.access.AccessStrategy;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.Durability;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.PositionalWriter;
import org.mmapbench.access.Strategies;
import org.mmapbench.access.StreamingStrategy;
import org.mmapbench.access.TextStrategy;
import org.mmapbench.access.Tuning;
import org.mmapbench.access.Window;
import org.mmapbench.workload.kernel.ByteSearch;

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
 *   <li>windowed: read, find, count, regex, seekFind and replace over every {@link StreamingStrategy}
 *       ({@code bufferedStream}, {@code channelHeap}, {@code channelDirect}, {@code randomAccessFile},
 *       {@code pread}), each trial with one reused {@link Window} of {@link Tuning#bufferSize()} bytes;</li>
 *   <li>literal: read, find, regex, seekFind and replace, the article's code line by line
 *       ({@link Literal}): regular as {@value #LITERAL_REGULAR} (UTF-8 input only), mapped as
 *       {@value #LITERAL_MAPPED};</li>
 *   <li>durability (patch and replace only, the durability 2 x 2): every write method, mapped
 *       in place ({@code mappedBuffer}, {@code mappedSegment}), positional write ({@link #WRITE_POSITIONAL}:
 *       {@code channelDirect}, {@code randomAccessFile}) and the two whole-file {@link Rewrite}s
 *       ({@code tempMove}, {@code copyBack}), whose ids stand where a strategy id would, each once per
 *       {@link Durability} ({@code none}, {@code synced});</li>
 *   <li>copyOnWrite (patch and replace only): every {@link MappedStrategy}, through a PRIVATE mapping.</li>
 * </ul>
 * Cells are listed by workload, then variant, then durability, then strategy in {@link Strategies}
 * order, the rewrites last.
 */
public final class Cells {

    /** The strategy id of the literal variant's regular side ({@code Files.readString} in UTF-8). */
    public static final String LITERAL_REGULAR = "readString";
    /** The strategy id of the literal variant's mapped side (one {@code MappedByteBuffer}). */
    public static final String LITERAL_MAPPED = "mappedBuffer";

    /** The positional writers of the durability variant: one {@code FileChannel}, one {@code RandomAccessFile}. */
    public static final List<String> WRITE_POSITIONAL = List.of("channelDirect", "randomAccessFile");

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

    /** The cell for this workload, variant and strategy id, if it exists (never for the durability variant, whose cells also need a durability). */
    public static Optional<Cell> find(Workload workload, Variant variant, String strategy) {
        return find(workload, variant, strategy, null);
    }

    /** The cell for this workload, variant, strategy id and durability (null except for the durability variant), if it exists. */
    public static Optional<Cell> find(Workload workload, Variant variant, String strategy, Durability durability) {
        return STANDARD.stream()
                .filter(c -> c.workload() == workload && c.variant() == variant && c.strategy().equals(strategy)
                        && c.durability() == durability)
                .findFirst();
    }

    /**
     * The cell for these ids, as JMH parameters name them.
     *
     * @throws IllegalArgumentException naming the triple if no such cell exists
     */
    public static Cell get(String workload, String variant, String strategy) {
        return get(workload, variant, strategy, null);
    }

    /**
     * The cell for these ids, as JMH parameters name them; {@code durability} is the {@code durability}
     * parameter's value ({@code none}, {@code synced}) for the durability variant, else null.
     *
     * @throws IllegalArgumentException naming the ids if no such cell exists
     */
    public static Cell get(String workload, String variant, String strategy, String durability) {
        return find(Workload.byId(workload), Variant.byId(variant), strategy, durability == null ? null : Durability.byId(durability))
                .orElseThrow(() -> new IllegalArgumentException("no cell " + workload + "/" + variant + "/" + strategy
                        + (durability == null ? "" : "/" + durability) + " (see Cells javadoc for the cells that exist)"));
    }

    /**
     * The cell for these ids with a window of {@code bufferSize} bytes (a benchmark's
     * {@code bufferSize} parameter, which sizes the windowed variant's window).
     *
     * @throws IllegalArgumentException naming the triple if no such cell exists
     */
    public static Cell get(String workload, String variant, String strategy, int bufferSize) {
        Cell standard = get(workload, variant, strategy);
        if (bufferSize == Tuning.DEFAULT.bufferSize()) {
            return standard;
        }
        return build(new Strategies(Tuning.DEFAULT.withBufferSize(bufferSize))).stream()
                .filter(c -> c.name().equals(standard.name())).findFirst().orElseThrow();
    }

    private static List<Cell> build(Strategies strategies) {
        Tuning t = strategies.tuning();
        List<Cell> cells = new ArrayList<>();
        for (Workload w : Workload.values()) {
            for (Variant v : Variant.values()) {
                if (v == Variant.DURABILITY) {
                    if (w.mutates()) {
                        for (Durability d : Durability.values()) {
                            cells.addAll(durable(w, d, strategies));
                        }
                    }
                    continue;
                }
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

    /** The code of a windowed cell, given the window its trial reuses. */
    @FunctionalInterface
    interface WindowedCode {
        long run(Path file, Window window) throws IOException;
    }

    /**
     * A windowed cell: each trial gets one window of the tuned buffer size (at least the needle's
     * length), made by the strategy and freed when the trial's body closes.
     */
    private static Cell windowed(Workload w, StreamingStrategy s, Tuning t, WindowedCode code) {
        return windowed(w, s, s.id(), t, code);
    }

    /** A windowed cell like {@link #windowed(Workload, StreamingStrategy, Tuning, WindowedCode)}, named {@code label} instead of the strategy's id. */
    static Cell windowed(Workload w, StreamingStrategy s, String label, Tuning t, WindowedCode code) {
        int capacity = Math.max(t.bufferSize(), Workload.NEEDLE.length);
        return new Cell(w, Variant.WINDOWED, label, Long.MAX_VALUE, Cell.Input.ANY, () -> {
            Window window = s.newWindow(capacity);
            return new Cell.Body() {
                @Override
                public long run(Path file) throws IOException {
                    return code.run(file, window);
                }

                @Override
                public void close() {
                    window.close();
                }
            };
        });
    }

    private static Cell literal(Workload w, String strategy, Cell.Input input, Cell.Body body) {
        return new Cell(w, Variant.LITERAL, strategy, ByteStrategy.MAX_HEAP_BYTES, input, () -> body);
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
                    case READ -> windowed(w, ss, t, (f, win) -> Windowed.checksum(ss, f, win));
                    case FIND -> windowed(w, ss, t, (f, win) -> Windowed.indexOf(ss, f, 0, ByteSearch.THE, win));
                    case COUNT -> windowed(w, ss, t, (f, win) -> Windowed.count(ss, f, ByteSearch.THE, win));
                    case REGEX -> windowed(w, ss, t, (f, win) -> Windowed.regexCount(ss, f, win));
                    case SEEK_FIND -> windowed(w, ss, t, (f, win) -> Windowed.indexOf(ss, f, Workload.SEEK_OFFSET, ByteSearch.THE, win));
                    case REPLACE -> windowed(w, ss, t, (f, win) -> Windowed.replace(ss, f, win));
                    case PATCH -> null;
                };
            }
            case LITERAL -> {
                return switch (id) {
                    case LITERAL_REGULAR -> switch (w) {
                        case READ -> literal(w, id, Cell.Input.UTF8, Literal::readRegular);
                        case FIND -> literal(w, id, Cell.Input.UTF8, Literal::findRegular);
                        case REGEX -> literal(w, id, Cell.Input.UTF8, Literal::regexRegular);
                        case SEEK_FIND -> literal(w, id, Cell.Input.UTF8_FROM_SEEK, Literal::seekFindRegular);
                        case REPLACE -> literal(w, id, Cell.Input.UTF8, Literal::replaceRegular);
                        case COUNT, PATCH -> null;
                    };
                    case LITERAL_MAPPED -> switch (w) {
                        case READ -> literal(w, id, Cell.Input.ANY, Literal::readMapped);
                        case FIND -> literal(w, id, Cell.Input.ANY, Literal::findMapped);
                        case REGEX -> literal(w, id, Cell.Input.ANY, Literal::regexMapped);
                        case SEEK_FIND -> literal(w, id, Cell.Input.ANY, Literal::seekFindMapped);
                        case REPLACE -> literal(w, id, Cell.Input.ANY, Literal::replaceMapped);
                        case COUNT, PATCH -> null;
                    };
                    default -> null;
                };
            }
            case DURABILITY -> throw new AssertionError("built by durable()");
            case COPY_ON_WRITE -> {
                if (!w.mutates() || !(s instanceof MappedStrategy m)) {
                    return null;
                }
                return new Cell(w, v, id, Long.MAX_VALUE, w == Workload.PATCH
                        ? f -> PatchWorkload.copyOnWrite(m, f) : f -> ReplaceWorkload.copyOnWrite(m, f));
            }
            default -> throw new AssertionError(v);
        }
    }

    /**
     * The durability variant's cells of a write workload with durability {@code d}: every mapped and
     * positional strategy, with or without its sync, then the rewrites.
     */
    private static List<Cell> durable(Workload w, Durability d, Strategies strategies) {
        List<Cell> cells = new ArrayList<>();
        boolean patch = w == Workload.PATCH;
        for (AccessStrategy s : strategies.all()) {
            if (s instanceof MappedStrategy m) {
                cells.add(durable(w, s.id(), Long.MAX_VALUE, d,
                        patch ? f -> PatchWorkload.mapped(m, f, d) : f -> ReplaceWorkload.mapped(m, f, d)));
            } else if (WRITE_POSITIONAL.contains(s.id()) && s instanceof PositionalWriter p && s instanceof ByteStrategy b) {
                cells.add(patch ? durable(w, s.id(), Long.MAX_VALUE, d, f -> PatchWorkload.positional(p, f, d))
                        : durable(w, s.id(), b.maxLength(), d, f -> replacePositional(b, f, d)));
            }
        }
        for (Rewrite r : Rewrite.values()) {
            cells.add(durable(w, r.id(), ByteStrategy.MAX_HEAP_BYTES, d,
                    patch ? f -> PatchWorkload.rewrite(r, f, d) : f -> ReplaceWorkload.rewrite(r, f, d)));
        }
        return cells;
    }

    private static Cell durable(Workload w, String strategy, long maxFileSize, Durability d, Cell.Body body) {
        return new Cell(w, Variant.DURABILITY, strategy, maxFileSize, Cell.Input.ANY, () -> body, d);
    }

    /** Replace written back positionally by a strategy that both reads whole files and writes at offsets. */
    private static long replacePositional(ByteStrategy s, Path file, Durability d) throws IOException {
        return ReplaceWorkload.positional((ByteStrategy & PositionalWriter) s, file, d);
    }
}
