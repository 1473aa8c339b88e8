package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The shared base of every benchmark state: the corpus file and the (workload, variant, strategy)
 * cell that runs on it.
 *
 * <p>Each benchmark method has its own subclass whose {@code @Param strategy} lists exactly the
 * strategies {@link Cells} defines for that variant (a test keeps the two equal), so JMH never
 * generates a combination that does not exist. The trial setup resolves the corpus (failing fast
 * with a message that says how to get a missing one) and looks up the cell, refusing a corpus
 * larger than the cell can hold.
 */
@State(Scope.Benchmark)
public abstract class CellState {

    /** The corpus id; profiles override it with {@code -p corpus=...}. */
    @Param("don-quixote")
    public String corpus;

    private final Workload workload;
    private final Variant variant;
    /** The corpus file, resolved in {@link #resolve()}. */
    protected Path file;
    /** The cell measured. */
    protected Cell cell;

    /** A state for one workload and variant; the strategy comes from the subclass's parameter. */
    protected CellState(Workload workload, Variant variant) {
        this.workload = workload;
        this.variant = variant;
    }

    /** The strategy id (the subclass's {@code @Param strategy}). */
    protected abstract String strategy();

    /**
     * Resolves the corpus and the cell once per trial (fork), then calls {@link #prepare()}.
     * One trial-level setup method for the whole hierarchy, so the order of the steps is fixed.
     */
    @Setup(Level.Trial)
    public void setUpTrial() throws IOException {
        file = ForkCorpora.resolve(corpus);
        cell = Cells.get(workload.id(), variant.id(), strategy());
        long size = Files.size(file);
        if (!cell.supports(size)) {
            throw new IllegalStateException("cell " + cell.name() + " cannot handle corpus '" + corpus + "' of " + size
                    + " bytes (at most " + cell.maxFileSize() + ")");
        }
        prepare();
    }

    /** Subclasses' trial setup, after the corpus and cell are known. */
    protected void prepare() throws IOException {
    }

    /** Runs the cell once on its input and returns the answer (JMH sinks it into a Blackhole). */
    public long run() throws IOException {
        return cell.run(input());
    }

    /** The file the cell runs on: the corpus itself, or a fresh copy for mutating workloads. */
    protected Path input() {
        return file;
    }
}
