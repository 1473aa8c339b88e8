package org.mmapbench.access;

/**
 * The base class of every strategy: holds the id and kind given to its constructor, so a strategy
 * class holds only the code it measures.
 *
 * <p>A new strategy (e.g. a windowed or FFM {@code pread} variant) extends this, or
 * {@link AbstractMappedStrategy} if it maps, and implements its capability interfaces.
 */
abstract class AbstractStrategy implements AccessStrategy {
    private final String id;
    private final AccessKind kind;

    /**
     * Creates a strategy with a fixed id and kind.
     *
     * @param id the strategy id, the {@code strategy} JMH parameter
     * @param kind whether it copies or maps
     */
    AbstractStrategy(String id, AccessKind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final AccessKind kind() {
        return kind;
    }
}
