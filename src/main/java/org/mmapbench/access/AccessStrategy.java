package org.mmapbench.access;

/**
 * A way Java gets file bytes into a program: one small class per id, behind this interface.
 *
 * <p>The id is the {@code strategy} JMH parameter; mapped ids start with {@code mapped} (see
 * {@link org.mmapbench.results.StrategyPairs#isMapped}). What a strategy can do is given by the
 * capability interfaces it implements: {@link ByteStrategy} (a byte view of a whole file, used by
 * the "fair" variants), {@link StreamingStrategy} (a bounded buffer refilled chunk by chunk, used by
 * the "windowed" variants), {@link TextStrategy} (a decoded {@code String}, used by the "idiomatic"
 * variants), {@link MappedStrategy} (a writable mapping) and {@link PositionalWriter} (writes bytes
 * at an offset without rewriting the file).
 */
public interface AccessStrategy {

    /** The strategy id, e.g. {@code readAllBytes} or {@code mappedSegment}. */
    String id();

    /** Whether this strategy copies (regular) or maps (mapped). */
    AccessKind kind();
}
