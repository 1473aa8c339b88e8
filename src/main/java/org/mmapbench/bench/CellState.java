package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cell a benchmark measures and the corpus it runs on: the workload and variant come from the
 * benchmark's name ({@link BenchmarkName}), the strategy from the {@code strategy} parameter.
 *
 * <p>Each nested subclass declares {@code strategy} with exactly the strategies {@link Cells}
 * defines for the variants that use it (a test keeps the lists equal), so JMH never generates a
 * combination that does not exist; the setup reads the value through {@link BenchmarkParams}, so a
 * subclass needs nothing but the field. The trial setup resolves the corpus, failing fast with a message
 * that says how to get a missing one, and refuses a corpus the cell cannot take (too large, or not
 * UTF-8 for a cell that decodes it).
 */
@State(Scope.Benchmark)
public abstract class CellState {

    /** The corpus id; profiles override it with {@code -p corpus=...}. */
    @Param("don-quixote")
    public String corpus;

    private Path file;
    private Cell cell;
    private Cell.Body body;

    /**
     * Resolves the corpus and the cell once per trial (fork) and prepares the cell's code for the
     * trial (a windowed cell allocates and touches its window here, once). A benchmark with a
     * {@code bufferSize} parameter gets its cell built with that window size, one with a {@code durability}
     * parameter the cell of that durability.
     */
    @Setup(Level.Trial)
    public void setUpTrial(BenchmarkParams params) throws IOException {
        file = ForkCorpora.resolve(corpus);
        BenchmarkName name = BenchmarkName.of(params.getBenchmark());
        String bufferSize = params.getParam("bufferSize");
        cell = bufferSize == null ? Cells.get(name.workload().id(), name.variant().id(), params.getParam("strategy"), params.getParam("durability"))
                : Cells.get(name.workload().id(), name.variant().id(), params.getParam("strategy"), Integer.parseInt(bufferSize));
        body = cell.prepareOn(file, corpus);
    }

    /** Frees what the cell kept for the trial (a windowed cell's window). */
    @TearDown(Level.Trial)
    public void tearDownTrial() throws IOException {
        if (body != null) {
            body.close();
        }
    }

    /**
     * The system property through which the interleaved-compare test builds a deliberately slower
     * candidate: Blackhole tokens of busy work added to every operation of {@link #run()}. Nothing
     * else sets it; unset, the field is 0 and the JIT folds the branch away.
     */
    public static final String SLOWDOWN_PROPERTY = "mmapbench.test.slowdownTokens";
    private static final long SLOWDOWN_TOKENS = Long.getLong(SLOWDOWN_PROPERTY, 0);

    /** Runs the cell once on the corpus and returns its answer (JMH sinks it into a Blackhole). */
    public long run() throws IOException {
        if (SLOWDOWN_TOKENS > 0) {
            Blackhole.consumeCPU(SLOWDOWN_TOKENS);
        }
        return body.run(file);
    }

    /** Runs the cell once on {@code input}, a copy of the corpus, and returns its answer. */
    public long run(Path input) throws IOException {
        return body.run(input);
    }

    // One subclass per set of strategies: JMH takes @Param values from constants only.

    /** Every {@code ByteStrategy}: the fair variants of read, find, count, regex, seekFind and replace. */
    public static class Bytes extends CellState {
        @Param({"readAllBytes", "bufferedStream", "channelHeap", "channelDirect", "randomAccessFile", "pread", "mappedBuffer", "mappedSegment"})
        public String strategy;
    }

    /** Every {@code TextStrategy} for the idiomatic variants of read, find, count, regex and seekFind; the regular ones for replace. */
    public static class Text extends CellState {
        @Param({"readString", "bufferedReader", "mappedBuffer"}) public String strategy;
    }

    /** The regular {@code TextStrategy}s: idiomatic replace. */
    public static class RegularText extends CellState {
        @Param({"readString", "bufferedReader"}) public String strategy;
    }

    /**
     * Every {@code StreamingStrategy}: the windowed variants of read, count, regex, find, seekFind and
     * replace, with the window size as a parameter (64 KiB by default; the full profile sweeps it).
     */
    public static class Streaming extends CellState {
        @Param({"bufferedStream", "channelHeap", "channelDirect", "randomAccessFile", "pread"})
        public String strategy;

        /** The window's size in bytes. */
        @Param("65536")
        public int bufferSize;
    }

    /** The article's code line by line: {@code readString} (regular, UTF-8 corpora only) and {@code mappedBuffer}. */
    public static class Literal extends CellState {
        @Param({"readString", "mappedBuffer"}) public String strategy;
    }

    /** Every {@code PositionalWriter} and {@code MappedStrategy}: the fair variant of patch. */
    public static class Writers extends CellState {
        @Param({"channelHeap", "channelDirect", "randomAccessFile", "mappedBuffer", "mappedSegment"})
        public String strategy;
    }

    /**
     * The write methods of the durability 2 x 2 (the durability variant of patch and replace): mapped in
     * place, positional write, temporary sibling + atomic move, the article's copy back; each without a
     * sync ({@code none}) and with the sync it needs to be durable ({@code synced}).
     */
    public static class Durable extends CellState {
        @Param({"channelDirect", "randomAccessFile", "mappedBuffer", "mappedSegment", "tempMove", "copyBack"})
        public String strategy;

        /** {@code none} or {@code synced} (the write workloads' {@code Durability}). */
        @Param({"none", "synced"})
        public String durability;
    }

    /** Every {@code MappedStrategy} through a PRIVATE (copy-on-write) mapping: the copyOnWrite variant. */
    public static class CopyOnWrite extends CellState {
        @Param({"mappedBuffer", "mappedSegment"})
        public String strategy;
    }
}
