package org.mmapbench.workload;

import java.nio.charset.StandardCharsets;
import org.mmapbench.util.EnumIds;

/**
 * The tutorial's workloads; each id is also the JMH benchmark class prefix ({@code seekFind} ->
 * {@code SeekFindBenchmark}). Every cell of a workload returns the same answer for the same file.
 */
public enum Workload {
    /** Reads the whole file and returns the sum of its unsigned bytes, so every byte is touched. */
    READ("read"),
    /** The file offset of the first {@code " the "}, or -1 if there is none. */
    FIND("find"),
    /** The number of offsets where {@code " the "} starts (overlapping occurrences counted), 0 if none. */
    COUNT("count"),
    /** The number of matches of {@code \b[a-zA-Z]{5}\b} (see {@link RegexCount} for the exact semantics). */
    REGEX("regex"),
    /**
     * The file offset of the first {@code " the "} that starts at or after {@link #SEEK_OFFSET}, or -1
     * (also when the file is shorter than the seek offset).
     */
    SEEK_FIND("seekFind"),
    /**
     * Replaces {@code " the "} with {@code " eht "} in the file, left to right without overlaps
     * (like {@code String.replace}); returns the file size after. The file itself is the answer:
     * the cross-check compares its SHA-256. Mutates its input: give it a fresh copy every time.
     */
    REPLACE("replace"),
    /**
     * Overwrites bytes 10..15 with {@code "python"} without rewriting the file; returns the file size,
     * or -1 (leaving the file untouched) if the file is shorter than 16 bytes. Mutates its input.
     */
    PATCH("patch");

    /** The needle of find, count, seekFind and replace. */
    public static final byte[] NEEDLE = " the ".getBytes(StandardCharsets.US_ASCII);
    /** What replace writes in place of the needle. */
    public static final byte[] REPLACEMENT = " eht ".getBytes(StandardCharsets.US_ASCII);
    /** Where seekFind starts searching. */
    public static final long SEEK_OFFSET = 10_000;
    /** Where patch writes. */
    public static final long PATCH_OFFSET = 10;
    /** What patch writes. */
    public static final byte[] PATCH_BYTES = "python".getBytes(StandardCharsets.US_ASCII);

    private final String id;

    Workload(String id) {
        this.id = id;
    }

    /** The workload id: {@code read}, {@code find}, {@code count}, {@code regex}, {@code seekFind}, {@code replace}, {@code patch}. */
    public String id() {
        return id;
    }

    /** Whether the workload changes its input file. */
    public boolean mutates() {
        return this == REPLACE || this == PATCH;
    }

    /** The workload with this id. */
    public static Workload byId(String id) {
        return EnumIds.byId(Workload.class, Workload::id, id, "workload");
    }
}
