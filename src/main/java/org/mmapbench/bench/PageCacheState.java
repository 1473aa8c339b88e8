package org.mmapbench.bench;

import java.util.List;
import java.util.Locale;
import org.mmapbench.util.EnumIds;

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
    WARM,
    /**
     * Warm, filled by touching one byte per page through a read-only mapping, as after a program
     * that only ever mapped the file (page faults instead of read calls).
     */
    WARM_MAPPED,
    /** Cold: every cached page is dropped before every invocation (see {@link CacheState}). */
    COLD,
    /**
     * Cold at the start of the trial only: every cached page is dropped once before the first
     * iteration, then the operations keep whatever the cache holds, never refilled or checked. Under
     * a memory limit smaller than the file (the {@code huge} profile's cgroup) that is a cache that
     * fills, then evicts.
     */
    COLD_START;

    /** The parameter value: the constant's name in lower case with hyphens, e.g. {@code warm-mapped}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the file stays cached for the whole trial. */
    public boolean warm() {
        return this == WARM || this == WARM_MAPPED;
    }

    /** How the cache is filled before the trial; only for warm states. */
    public CacheFill fill() {
        return switch (this) {
            case WARM -> CacheFill.READ;
            case WARM_MAPPED -> CacheFill.MAPPED_TOUCH;
            case COLD, COLD_START -> throw new IllegalStateException(id() + " is not a warm state");
        };
    }

    /** Every parameter value, in declaration order. */
    public static List<String> ids() {
        return EnumIds.ids(PageCacheState.class, PageCacheState::id);
    }

    /** The state with parameter value {@code id}. */
    public static PageCacheState of(String id) {
        return EnumIds.byId(PageCacheState.class, PageCacheState::id, id, "cache state");
    }
}
