package org.mmapbench.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of access strategies by id, built for one {@link Tuning}.
 *
 * <p>Ids, in this order: regular {@code readAllBytes}, {@code bufferedStream}, {@code channelHeap},
 * {@code channelDirect}, {@code randomAccessFile}, {@code pread}, {@code readString}, {@code bufferedReader};
 * mapped {@code mappedBuffer}, {@code mappedSegment}.
 */
public final class Strategies {

    private static final Strategies STANDARD = new Strategies(Tuning.DEFAULT);

    private final Tuning tuning;
    private final Map<String, AccessStrategy> byId = new LinkedHashMap<>();

    /** Builds every strategy with the given sizes (tests pass tiny ones). */
    public Strategies(Tuning tuning) {
        this.tuning = tuning;
        for (AccessStrategy s : List.of(
                new ReadAllBytesStrategy(),
                new BufferedStreamStrategy(tuning),
                new ChannelHeapStrategy(),
                new ChannelDirectStrategy(),
                new RandomAccessFileStrategy(),
                new PreadStrategy(),
                new ReadStringStrategy(),
                new BufferedReaderStrategy(tuning),
                new MappedBufferStrategy(tuning),
                new MappedSegmentStrategy())) {
            byId.put(s.id(), s);
        }
    }

    /** The strategies with {@link Tuning#DEFAULT}, as benchmarks use them. */
    public static Strategies standard() {
        return STANDARD;
    }

    /** The sizes these strategies were built with. */
    public Tuning tuning() {
        return tuning;
    }

    /** Every strategy, regular first, in the documented order. */
    public List<AccessStrategy> all() {
        return List.copyOf(byId.values());
    }

    /** Every strategy id, in the documented order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The strategy with this id.
     *
     * @throws IllegalArgumentException naming the id and the known ids if there is none
     */
    public AccessStrategy byId(String id) {
        AccessStrategy s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown access strategy '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
        }
        return s;
    }
}
