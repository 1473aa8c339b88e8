package org.mmapbench.workload;

import org.mmapbench.access.Durability;
import org.mmapbench.util.EnumIds;

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
    LITERAL("literal"),
    /**
     * The durability 2 x 2 of a write workload (patch, replace): every write method ({@link Cells}: mapped
     * in place, positional write, temporary sibling + atomic move, the article's temporary file copied
     * back), each with a {@link Durability}, the benchmark's {@code durability} parameter: left in the page
     * cache ({@code none}) or made durable before it returns ({@code synced}).
     */
    DURABILITY("durability"),
    /**
     * A write workload through a {@code PRIVATE} (copy-on-write) mapping: the writes change this
     * process's pages only, never the file. Patch answers the six bytes it reads back at offset 10,
     * replace the number of matches it replaced.
     */
    COPY_ON_WRITE("copyOnWrite");

    private final String id;

    Variant(String id) {
        this.id = id;
    }

    /** {@code fair}, {@code idiomatic}, {@code windowed}, {@code literal}, {@code durability} or {@code copyOnWrite}. */
    public String id() {
        return id;
    }

    /** Whether this variant exists for the write workloads only (patch and replace). */
    public boolean writesOnly() {
        return this == DURABILITY || this == COPY_ON_WRITE;
    }

    /** The variant with this id. */
    public static Variant byId(String id) {
        return EnumIds.byId(Variant.class, Variant::id, id, "variant");
    }
}
