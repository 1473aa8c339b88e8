package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.HintCells;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The hint cell a {@link HintBenchmark} method measures and the corpus it runs on: the workload is
 * the method's name ({@code read}, {@code find}), the hint the {@code hint} parameter, whose value
 * also names the strategy that gives it ({@link HintCells}). Like {@link CellState}, the trial setup
 * resolves the corpus, refuses one the cell cannot take, and prepares the cell once.
 */
@State(Scope.Benchmark)
public class HintState {

    /** The corpus id; profiles override it with {@code -p corpus=...}. */
    @Param("don-quixote")
    public String corpus;

    /** Every hint, as {@code org.mmapbench.access.Hint} lists them (a test keeps the lists equal). */
    @Param({"madvise-normal", "madvise-sequential", "madvise-random", "madvise-willneed", "madvise-hugepage",
        "no-load", "load", "fadvise-normal", "fadvise-sequential", "fadvise-random", "fadvise-noreuse"})
    public String hint;

    private Path file;
    private Cell.Body body;

    /** Resolves the corpus and prepares the hint cell of this method's workload, once per trial. */
    @Setup(Level.Trial)
    public void setUpTrial(BenchmarkParams params) throws IOException {
        file = ForkCorpora.resolve(corpus);
        String benchmark = params.getBenchmark();
        Cell cell = HintCells.get(benchmark.substring(benchmark.lastIndexOf('.') + 1), hint);
        body = cell.prepareOn(file, corpus);
    }

    /** Frees what the cell kept for the trial (a windowed cell's window). */
    @TearDown(Level.Trial)
    public void tearDownTrial() throws IOException {
        if (body != null) {
            body.close();
        }
    }

    /** Runs the cell once on the corpus and returns its answer. */
    public long run() throws IOException {
        return body.run(file);
    }
}
