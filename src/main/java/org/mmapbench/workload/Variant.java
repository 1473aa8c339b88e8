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
     * The strongest regular contender: a regular streaming strategy reads the file window by window
     * into one buffer allocated and touched once per trial ({@link org.mmapbench.access.Window}, 64 KiB
     * by default) and runs the kernel on each window (read, count, regex, find, seekFind; find and
     * seekFind stop at the first match), or streams replace into a temporary sibling. No operation
     * allocates a whole-file buffer, as {@code dd}, {@code grep} and most servers read.
     */
    WINDOWED("windowed"),
    /**
     * The Python mmap article's code translated line by line ({@link Literal}): {@code Files.readString}
     * in UTF-8 and {@code String} methods on the regular side, a {@code MappedByteBuffer} used like
     * Python's {@code mmap} object on the mapped side. Regular literal cells accept only valid UTF-8.
     */
    LITERAL("literal");

    private final String id;

    Variant(String id) {
        this.id = id;
    }

    /** {@code fair}, {@code idiomatic}, {@code windowed} or {@code literal}. */
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
