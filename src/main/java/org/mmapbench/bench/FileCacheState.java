package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.sys.PageFolios;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The base of the states that own the page-cache state of the file a benchmark measures: the
 * corpus ({@link CacheState}, {@link WarmState}) or a private copy of it ({@link CopyState}). Every
 * benchmark method takes exactly one of them.
 *
 * <p>A warm trial starts from the same page-cache state every time: the trial setup drops the
 * file's cached pages and fills them again the one way its {@link PageCacheState} names
 * ({@link CacheFill#establish}), and every page must be resident before the first iteration and
 * still be after the last. A page evicted during the trial fails the benchmark, because its numbers
 * would mix warm and cold operations. After the check the teardown records how the file was cached
 * (fill, residency, folio sizes) for {@code environment.json} ({@link ForkRecord}).
 *
 * <p>One trial-level setup and one teardown for the whole hierarchy, so the order of the steps is
 * fixed; subclasses hook in through {@link #prepare} and {@link #finish}.
 */
@State(Scope.Benchmark)
public abstract class FileCacheState {

    private BenchmarkParams params;
    private int fills;
    private long fillNanos;

    /** The page-cache state of this trial. */
    protected abstract PageCacheState pageCacheState();

    /** The file the benchmark measures. */
    public abstract Path file();

    /** Subclasses' trial setup, before the cache is filled: {@code corpus} is the resolved corpus file. */
    protected void prepare(Path corpus) throws IOException {
    }

    /** Subclasses' trial teardown, after the cache check. */
    protected void finish() throws IOException {
    }

    /** Resolves the corpus, calls {@link #prepare}, then fills the cache with {@link #file()} when the trial is warm. */
    @Setup(Level.Trial)
    public final void setUpTrial(BenchmarkParams benchmarkParams) throws IOException {
        params = benchmarkParams;
        prepare(ForkCorpora.resolve(params.getParam("corpus")));
        if (pageCacheState().warm()) {
            fillCache(file());
        }
    }

    /**
     * Checks, after the trial's last iteration, that a warm file is still fully cached, records how
     * it was cached, then calls {@link #finish()}.
     *
     * @throws IllegalStateException when pages were evicted during the trial: its result is invalid
     */
    @TearDown(Level.Trial)
    public final void tearDownTrial() throws IOException {
        try {
            if (pageCacheState().warm()) {
                Path measured = file();
                long pages = PageCache.pages(measured);
                long resident = PageCache.residentPages(measured);
                if (resident != pages) {
                    throw new IllegalStateException("warm cache: " + (pages - resident) + " of " + pages + " pages of " + measured
                            + " were evicted from the page cache during the trial of " + params.getBenchmark() + " "
                            + params.getParam("corpus") + "; its result mixes warm and cold operations and is not published."
                            + " Free memory, or stop what evicts the cache, then run again");
                }
                if (ForkRecord.enabled()) {
                    ForkRecord.append(record(measured, pages, resident));
                }
            }
        } finally {
            finish();
        }
    }

    /**
     * Drops {@code target}'s cached pages and fills them again the way this trial's warm state
     * names, verifying both steps (see {@link CacheFill#establish(Path)}).
     */
    protected final void fillCache(Path target) throws IOException {
        long start = System.nanoTime();
        pageCacheState().fill().establish(target);
        fillNanos += System.nanoTime() - start;
        fills++;
    }

    private Map<String, Object> record(Path measured, long pages, long resident) throws IOException {
        Map<String, Object> r = ForkRecord.start(ForkRecord.CACHE, params);
        r.put("corpus", params.getParam("corpus"));
        r.put("cache", pageCacheState().id());
        r.put("fill", pageCacheState().fill().id());
        r.put("file", this instanceof CopyState ? "copy" : "corpus");
        r.put("pages", pages);
        r.put("residentAfterTrial", resident);
        r.put("fills", fills);
        r.put("fillMillis", fillNanos / 1e6);
        r.put("folios", PageFolios.read(measured, PageCache.PAGE_SIZE).describe());
        return r;
    }
}
