package org.mmapbench.workload;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.access.FileChangedWhileMappedException;

/**
 * One measurable combination: a workload, written as one variant, run through one access
 * strategy. {@link Cells} lists every cell that exists.
 *
 * @param workload what is done
 * @param variant how it is written
 * @param strategy the access strategy id
 * @param maxFileSize the largest file this cell can handle (heap strategies hold at most 2 GiB - 9 bytes)
 * @param body the code
 */
public record Cell(Workload workload, Variant variant, String strategy, long maxFileSize, Body body) {

    /** The code of a cell. */
    @FunctionalInterface
    public interface Body {
        /** Runs the cell on {@code file} and returns its answer. */
        long run(Path file) throws IOException;
    }

    /**
     * Runs the cell on {@code file}: an offset, a count or a checksum (see {@link Workload}). A
     * mutating workload changes the file: pass a fresh copy.
     *
     * @throws FileChangedWhileMappedException when the file was truncated while a mapped strategy read it
     */
    public long run(Path file) throws IOException {
        try {
            return body.run(file);
        } catch (InternalError e) {
            if (FileChangedWhileMappedException.isMappedFault(e)) {
                throw new FileChangedWhileMappedException(file, e);
            }
            throw e;
        }
    }

    /** Whether this cell can handle a file of {@code size} bytes. */
    public boolean supports(long size) {
        return size <= maxFileSize;
    }

    /** {@code workload/variant/strategy}, e.g. {@code find/fair/mappedSegment}. */
    public String name() {
        return workload.id() + "/" + variant.id() + "/" + strategy;
    }

    @Override
    public String toString() {
        return name();
    }
}
