package org.mmapbench.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * A state for workloads that change their file (replace, patch): the cell runs on a private copy
 * of the corpus in a temporary folder, never on the corpus itself.
 *
 * <p>The copy is written and flushed to the device ({@code fsync}) before it is measured, so the
 * measured operation starts with clean cached pages; otherwise a mapped replace's {@code force()}
 * would also pay for writing back the copy itself. Then the copy is cached the canonical warm way,
 * like any warm file ({@link CacheFill#READ}): its pages written by the copy are dropped and read back
 * sequentially, so the folios that hold it do not depend on how the copy was written.
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
        scratch = Files.createTempDirectory("mmapbench-bench-");
        copy = scratch.resolve(file.getFileName());
        freshCopy();
    }

    /** Deletes the scratch folder. */
    @Override
    protected void finish() throws IOException {
        AtomicOutput.deleteTree(scratch);
    }

    /**
     * Makes a fresh, durable copy of the corpus; replaces the file rather than truncating it, so no
     * live mapping is cut short. The trial setup caches it; {@link #freshCachedCopy()} does both.
     */
    protected final void freshCopy() throws IOException {
        Files.deleteIfExists(copy);
        Files.copy(file, copy);
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** A fresh, durable copy cached the canonical warm way, for a new invocation. */
    protected final void freshCachedCopy() throws IOException {
        freshCopy();
        fillCache(copy);
    }

    @Override
    protected Path input() {
        return copy;
    }
}
