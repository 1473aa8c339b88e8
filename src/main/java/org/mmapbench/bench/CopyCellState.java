package org.mmapbench.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.util.TempFolders;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A state for workloads that change their file (replace, patch): the cell runs on a private copy
 * of the corpus in a temporary folder, never on the corpus itself.
 *
 * <p>The copy is written and flushed to the device ({@code fsync}) before it is measured, so the
 * measured operation starts with clean cached pages; otherwise a mapped replace's {@code force()}
 * would also pay for writing back the copy itself. The copy's pages stay cached: these workloads
 * run warm.
 *
 * <p>This state copies once per trial, which suits patch: writing the same six bytes again gives
 * the same file, so a per-invocation copy would add nothing but distortion to an operation of a few
 * microseconds. Replace needs a fresh copy every time: {@link FreshCopyCellState}.
 */
public abstract class CopyCellState extends CellState {

    private Path scratch;
    private Path copy;

    /** A copy state for one mutating workload and variant. */
    protected CopyCellState(Workload workload, Variant variant) {
        super(workload, variant);
    }

    /** Creates the scratch folder and the first copy. */
    @Override
    protected void prepare() throws IOException {
        scratch = TempFolders.create("bench"); // locked, and deleted even when the fork is stopped
        copy = scratch.resolve(file.getFileName());
        freshCopy();
    }

    /** Deletes the scratch folder. */
    @TearDown(Level.Trial)
    public void deleteScratch() throws IOException {
        TempFolders.delete(scratch);
    }

    /** Makes a fresh, durable copy of the corpus; replaces the file rather than truncating it, so no live mapping is cut short. */
    protected final void freshCopy() throws IOException {
        Files.deleteIfExists(copy);
        Files.copy(file, copy);
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    @Override
    protected Path input() {
        return copy;
    }
}
