package org.mmapbench.workload;

/** How a workload is written; each id is also the JMH benchmark method name. */
public enum Variant {
    /**
     * The same kernel ({@link Scan}, {@link RegexCount}) over a {@code MemorySegment} for every
     * strategy: heap or native segment for regular strategies, mapped segment for mapped ones. The
     * difference between strategies is I/O alone.
     */
    FAIR("fair"),
    /**
     * What typical Java code does: get a {@code String} ({@code Files.readString},
     * {@code BufferedReader}, or for mapped {@code ISO_8859_1.decode(mappedBuffer).toString()}), then
     * {@code indexOf} / {@code Pattern} / {@code replace}.
     */
    IDIOMATIC("idiomatic"),
    /**
     * Regular streaming strategies only, for find and seekFind: read chunk by chunk into one bounded
     * buffer and stop at the first match, which separates laziness (touching less of the file) from
     * mapping itself.
     */
    WINDOWED("windowed");

    private final String id;

    Variant(String id) {
        this.id = id;
    }

    /** {@code fair}, {@code idiomatic} or {@code windowed}. */
    public String id() {
        return id;
    }

    /** The variant with this id. */
    public static Variant byId(String id) {
        for (Variant v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + id + "'");
    }
}
