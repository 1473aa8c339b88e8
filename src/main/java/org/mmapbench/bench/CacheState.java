package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The page-cache state a read-only benchmark runs in ({@link PageCacheState}): {@code warm} (the
 * corpus is dropped from the cache and read back sequentially before the trial, as after a first
 * {@code cat}), {@code warm-mapped} (dropped, then faulted back in through a mapping) or
 * {@code cold} (every cached page of the corpus is dropped before every invocation with
 * {@code posix_fadvise(POSIX_FADV_DONTNEED)}, verified with {@code mincore}) or {@code cold-start}
 * (dropped the same way once, before the trial, then left to the kernel). A benchmark method
 * takes it as an argument only for this setup; the warm states' steps are {@link FileCacheState}'s.
 *
 * <p>NOTE: the cold drop runs in {@code @Setup(Level.Invocation)}, which JMH excludes from the
 * timing but which makes JMH time every invocation on its own (see JMH's {@code Level.Invocation}
 * javadoc and {@code JMHSample_38_PerInvokeSetup}). That costs two timer reads per call, tens of
 * nanoseconds, against operations of several microseconds (one mapping) to milliseconds (a
 * whole-file read), and it costs the same for regular and mapped strategies. It applies to the warm
 * states too, because a state's helper levels cannot depend on a parameter.
 *
 * <p>NOTE: a cold read comes from the storage device: its speed is the device's and the
 * read-ahead's ({@code read_ahead_kb} in {@code environment.json}), not the JVM's.
 */
public class CacheState extends FileCacheState {

    /** {@code warm}, {@code warm-mapped} or {@code cold}; profiles choose which. */
    @Param("warm")
    public String cache;

    private PageCacheState state = PageCacheState.WARM;
    private Path file;

    @Override
    protected void prepare(Path corpus) throws IOException {
        state = PageCacheState.of(cache);
        file = corpus;
        if (state == PageCacheState.COLD_START) {
            PageCache.dropAndVerify(file);
        }
    }

    @Override
    protected PageCacheState pageCacheState() {
        return state;
    }

    @Override
    public Path file() {
        return file;
    }

    /**
     * Drops the corpus from the page cache before each invocation when cold; does nothing when warm.
     * The drop is left out of the OS counters ({@link WorkerCounters#excludeBegin()}).
     */
    @Setup(Level.Invocation)
    public void dropIfCold() throws IOException {
        if (state == PageCacheState.COLD) {
            WorkerCounters.excludeBegin();
            try {
                PageCache.dropAndVerify(file);
            } finally {
                WorkerCounters.excludeEnd();
            }
        }
    }
}
