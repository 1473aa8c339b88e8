package org.mmapbench.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.util.TempFolders;

/**
 * A private copy of the corpus in a temporary folder, for workloads that change their file (patch):
 * the cell runs on {@link #file()}, never on the corpus itself.
 *
 * <p>The copy is written and flushed to the device ({@code fsync}) before it is measured, so the
 * measured operation starts with clean cached pages; otherwise a mapped write's {@code force()}
 * would also pay for writing back the copy itself. Then it is cached the canonical warm way, like
 * any warm file ({@link PageCacheState#WARM}, {@link FileCacheState}): the pages the copy wrote are
 * dropped and read back sequentially, so the folios holding it do not depend on how it was written.
 *
 * <p>This state copies once per trial, which suits patch: writing the same six bytes again gives
 * the same file, so a per-invocation copy would add nothing but distortion to an operation of a few
 * microseconds. Replace needs a fresh copy every time: {@link FreshCopyState}.
 *
 * <p>NOTE: the copy lives in {@code java.io.tmpdir} ({@code tmp.fs.type} in {@code environment.json});
 * on a {@code tmpfs} the pages cannot be dropped, and the benchmark fails instead of measuring.
 */
public class CopyState extends FileCacheState {

    private Path corpus;
    private Path scratch;
    private Path copy;

    /** Creates the scratch folder and the first copy. */
    @Override
    protected void prepare(Path corpusFile) throws IOException {
        corpus = corpusFile;
        scratch = TempFolders.create("bench"); // locked, and deleted even when the fork is stopped
        copy = scratch.resolve(corpus.getFileName());
        freshCopy();
    }

    /** Deletes the scratch folder. */
    @Override
    protected void finish() throws IOException {
        TempFolders.delete(scratch);
    }

    @Override
    protected PageCacheState pageCacheState() {
        return PageCacheState.WARM;
    }

    /** The copy the cell runs on. */
    @Override
    public Path file() {
        return copy;
    }

    /** Makes a fresh, durable copy of the corpus; replaces the file rather than truncating it, so no live mapping is cut short. */
    protected final void freshCopy() throws IOException {
        Files.deleteIfExists(copy);
        Files.copy(corpus, copy);
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** A fresh, durable copy cached the canonical warm way, for a new invocation. */
    protected final void freshCachedCopy() throws IOException {
        freshCopy();
        fillCache(copy);
    }
}
