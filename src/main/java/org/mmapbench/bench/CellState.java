package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;
import java.util.Map;
import org.mmapbench.sys.PageFolios;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The shared base of every benchmark state: the corpus file and the (workload, variant, strategy)
 * cell that runs on it.
 *
 * <p>Each benchmark method has its own subclass whose {@code @Param strategy} lists exactly the
 * strategies {@link Cells} defines for that variant (a test keeps the two equal), so JMH never
 * generates a combination that does not exist. The trial setup resolves the corpus (failing fast
 * with a message that says how to get a missing one) and looks up the cell, refusing a corpus
 * larger than the cell can hold.
 *
 * <p>A warm trial (every state without a {@code cache} parameter, and {@code cache=warm} or
 * {@code warm-mapped}) starts from the same page-cache state every time: the file measured is
 * dropped from the cache and filled again the one way its {@link CacheState} names, and every page
 * must be resident before the first iteration and still be after the last; a page evicted during
 * the trial fails the benchmark, because its numbers would mix warm and cold operations.
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
    private BenchmarkParams params;
    private int fills;
    private long fillNanos;

    /** A state for one workload and variant; the strategy comes from the subclass's parameter. */
    protected CellState(Workload workload, Variant variant) {
        this.workload = workload;
        this.variant = variant;
    }

    /** The strategy id (the subclass's {@code @Param strategy}). */
    protected abstract String strategy();

    /**
     * Resolves the corpus and the cell once per trial (fork), calls {@link #prepare()}, then fills
     * the page cache with the file measured when the trial is warm. One trial-level setup method for
     * the whole hierarchy, so the order of the steps is fixed.
     */
    @Setup(Level.Trial)
    public void setUpTrial(BenchmarkParams benchmarkParams) throws IOException {
        params = benchmarkParams;
        file = BenchCorpora.resolve(corpus);
        cell = Cells.get(workload.id(), variant.id(), strategy());
        long size = Files.size(file);
        if (!cell.supports(size)) {
            throw new IllegalStateException("cell " + cell.name() + " cannot handle corpus '" + corpus + "' of " + size
                    + " bytes (at most " + cell.maxFileSize() + ")");
        }
        prepare();
        if (cacheState().warm()) {
            fillCache(input());
        }
    }

    /**
     * Checks, after the trial's last iteration, that a warm file is still fully cached, records how
     * it was cached ({@link ForkRecord}), then calls {@link #finish()}.
     *
     * @throws IllegalStateException when pages were evicted during the trial: its result is invalid
     */
    @TearDown(Level.Trial)
    public void tearDownTrial() throws IOException {
        try {
            if (cacheState().warm()) {
                Path measured = input();
                long pages = PageCache.pages(measured);
                long resident = PageCache.residentPages(measured);
                if (resident != pages) {
                    throw new IllegalStateException("warm cache: " + (pages - resident) + " of " + pages + " pages of " + measured
                            + " were evicted from the page cache during the trial of " + params.getBenchmark() + " " + corpus
                            + "; its result mixes warm and cold operations and is not published. Free memory, or stop what"
                            + " evicts the cache, then run again");
                }
                if (ForkRecord.enabled()) {
                    ForkRecord.append(cacheRecord(measured, pages, resident));
                }
            }
        } finally {
            finish();
        }
    }

    /** The page-cache state of this trial; states without a {@code cache} parameter are {@link CacheState#WARM}. */
    protected CacheState cacheState() {
        return CacheState.WARM;
    }

    /** Subclasses' trial setup, after the corpus and cell are known and before the cache is filled. */
    protected void prepare() throws IOException {
    }

    /** Subclasses' trial teardown, after the cache check. */
    protected void finish() throws IOException {
    }

    /**
     * Drops {@code target}'s cached pages and fills them again the way this trial's warm state
     * names, verifying both steps (see {@link CacheFill#establish(Path)}).
     */
    protected final void fillCache(Path target) throws IOException {
        long start = System.nanoTime();
        cacheState().fill().establish(target);
        fillNanos += System.nanoTime() - start;
        fills++;
    }

    private Map<String, Object> cacheRecord(Path measured, long pages, long resident) throws IOException {
        Map<String, Object> r = ForkRecord.start(ForkRecord.CACHE, params);
        r.put("corpus", corpus);
        r.put("cache", cacheState().id());
        r.put("fill", cacheState().fill().id());
        r.put("file", measured.equals(file) ? "corpus" : "copy");
        r.put("pages", pages);
        r.put("residentAfterTrial", resident);
        r.put("fills", fills);
        r.put("fillMillis", fillNanos / 1e6);
        r.put("folios", PageFolios.read(measured, PageCache.PAGE_SIZE).describe());
        return r;
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
