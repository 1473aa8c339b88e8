package org.mmapbench.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The page-cache state a benchmark trial measures in: the values of the {@code cache} parameter of
 * {@link CacheState}; benchmarks without that parameter run {@link #WARM}.
 *
 * <p>Both warm states start every trial (fork) from nothing: the file's cached pages are dropped
 * and the cache is filled again in one fixed way ({@link CacheFill}), because how a file entered
 * the cache decides the size of the folios that hold it, and mapping cost depends on that size.
 */
public enum PageCacheState {
    /**
     * The canonical warm state: the file was read sequentially through a plain {@code FileChannel}
     * (the kernel's read-ahead fills the cache), as after a first {@code cat} or a regular read.
     */
    WARM("warm", CacheFill.READ),
    /**
     * Warm, filled by touching one byte per page through a read-only mapping, as after a program
     * that only ever mapped the file (page faults instead of read calls).
     */
    WARM_MAPPED("warm-mapped", CacheFill.MAPPED_TOUCH),
    /** Cold: every cached page is dropped before every invocation (see {@link CacheState}). */
    COLD("cold", null);

    private final String id;
    private final CacheFill fill;

    PageCacheState(String id, CacheFill fill) {
        this.id = id;
        this.fill = fill;
    }

    /** The parameter value, e.g. {@code warm-mapped}. */
    public String id() {
        return id;
    }

    /** Whether the file stays cached for the whole trial. */
    public boolean warm() {
        return fill != null;
    }

    /** How the cache is filled before the trial; only for warm states. */
    public CacheFill fill() {
        if (fill == null) {
            throw new IllegalStateException(id + " is not a warm state");
        }
        return fill;
    }

    /** Every parameter value, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(PageCacheState::id).toList();
    }

    /** The state with parameter value {@code id}. */
    public static PageCacheState of(String id) {
        for (PageCacheState s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("cache parameter must be one of " + String.join(", ", ids()) + ", not '" + id + "'");
    }
}
