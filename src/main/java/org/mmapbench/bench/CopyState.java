package org.mmapbench.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.util.TempFolders;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A private copy of the corpus in a temporary folder, for workloads that change their file (patch):
 * the cell runs on {@link #file()}, never on the corpus itself.
 *
 * <p>The copy is written and flushed to the device ({@code fsync}) before it is measured, so the
 * measured operation starts with clean cached pages; otherwise a mapped write's {@code force()}
 * would also pay for writing back the copy itself. The copy's pages stay cached: these workloads
 * run warm.
 *
 * <p>This state copies once per trial, which suits patch: writing the same six bytes again gives
 * the same file, so a per-invocation copy would add nothing but distortion to an operation of a few
 * microseconds. Replace needs a fresh copy every time: {@link FreshCopyState}.
 */
@State(Scope.Benchmark)
public class CopyState {

    private Path corpus;
    private Path scratch;
    private Path copy;

    /** Creates the scratch folder and the first copy. */
    @Setup(Level.Trial)
    public void setUpTrial(BenchmarkParams params) throws IOException {
        corpus = ForkCorpora.resolve(params.getParam("corpus"));
        scratch = TempFolders.create("bench"); // locked, and deleted even when the fork is stopped
        copy = scratch.resolve(corpus.getFileName());
        freshCopy();
    }

    /** Deletes the scratch folder. */
    @TearDown(Level.Trial)
    public void deleteScratch() throws IOException {
        TempFolders.delete(scratch);
    }

    /** The copy the cell runs on. */
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
}
