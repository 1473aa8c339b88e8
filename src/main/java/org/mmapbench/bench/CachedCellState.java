package org.mmapbench.bench;

import java.io.IOException;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A read-only cell state with a page-cache parameter ({@link CacheState}): {@code warm} (the corpus
 * is dropped from the cache and read back sequentially before the trial, as after a first
 * {@code cat}), {@code warm-mapped} (dropped, then faulted back in through a mapping) or
 * {@code cold} (every cached page of the corpus is dropped before every invocation with
 * {@code posix_fadvise(POSIX_FADV_DONTNEED)}, verified with {@code mincore}).
 *
 * <p>NOTE: the drop runs in {@code @Setup(Level.Invocation)}, which JMH excludes from the timing but
 * which makes JMH time every invocation on its own (see JMH's {@code Level.Invocation} javadoc and
 * {@code JMHSample_38_PerInvokeSetup}). That costs two timer reads per call, tens of nanoseconds,
 * against operations of several microseconds (one mapping) to milliseconds (a whole-file read), and
 * it costs the same for regular and mapped strategies. It applies to the warm state too, because
 * a state's helper levels cannot depend on a parameter.
 *
 * <p>NOTE: a cold read comes from the storage device: its speed is the device's and the
 * read-ahead's ({@code read_ahead_kb} in {@code environment.json}), not the JVM's.
 */
public abstract class CachedCellState extends CellState {

    /** {@code warm}, {@code warm-mapped} or {@code cold} ({@link CacheState}); profiles choose which. */
    @Param("warm")
    public String cache;

    private CacheState state = CacheState.WARM;
    private boolean cold;

    /** A cached-corpus state for one workload and variant. */
    protected CachedCellState(Workload workload, Variant variant) {
        super(workload, variant);
    }

    /** Checks the cache parameter once per trial. */
    @Override
    protected void prepare() {
        state = CacheState.of(cache);
        cold = state == CacheState.COLD;
    }

    @Override
    protected CacheState cacheState() {
        return state;
    }

    /** Drops the corpus from the page cache before each invocation when cold; does nothing when warm. */
    @Setup(Level.Invocation)
    public void dropIfCold() throws IOException {
        if (cold) {
            PageCache.dropAndVerify(file);
        }
    }
}
