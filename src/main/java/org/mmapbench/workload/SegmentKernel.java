package org.mmapbench.workload;

import java.lang.foreign.MemorySegment;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.Tuning;
import org.mmapbench.workload.kernel.ByteSearch;

/**
 * The fair variant's kernel of a read-only workload, run over bytes that are already in memory: the
 * compute part of an operation without its I/O, for the cost anatomy's benchmarks. Each constant
 * calls exactly the code the fair cell calls after its strategy has opened the file
 * ({@link Scan}, {@link RegexCount}), over one segment holding the whole file.
 */
public enum SegmentKernel {
    /** {@link Workload#READ}: the checksum of every byte. */
    READ(Workload.READ),
    /** {@link Workload#FIND}: the first {@code " the "}. */
    FIND(Workload.FIND),
    /** {@link Workload#SEEK_FIND}: the first {@code " the "} at or after {@link Workload#SEEK_OFFSET}. */
    SEEK_FIND(Workload.SEEK_FIND),
    /** {@link Workload#REGEX}: the regex count over zero-copy Latin-1 windows. */
    REGEX(Workload.REGEX);

    private final Workload workload;

    SegmentKernel(Workload workload) {
        this.workload = workload;
    }

    /** The workload whose fair kernel this is. */
    public Workload workload() {
        return workload;
    }

    /** The workload's answer for a file whose every byte is {@code whole} (a heap or mapped segment). */
    public long run(MemorySegment whole) {
        FileBytes fb = FileBytes.of(whole.byteSize(), 0, whole, null);
        return switch (this) {
            case READ -> Scan.checksum(fb);
            case FIND -> Scan.indexOf(fb, ByteSearch.THE, 0);
            case SEEK_FIND -> Scan.indexOf(fb, ByteSearch.THE, Workload.SEEK_OFFSET);
            case REGEX -> RegexCount.count(fb, Tuning.DEFAULT.regexWindow());
        };
    }
}
