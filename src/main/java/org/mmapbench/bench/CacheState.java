package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.corpus.ForkCorpora;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The page-cache state a read-only benchmark runs in: {@code warm} (the corpus stays cached, as
 * after a first read) or {@code cold} (every cached page of the corpus is dropped before every
 * invocation with {@code posix_fadvise(POSIX_FADV_DONTNEED)}, verified with {@code mincore}). A
 * benchmark method takes it as an argument only for this setup.
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
@State(Scope.Benchmark)
public class CacheState {

    /** {@code warm} or {@code cold}; the standard and full profiles add {@code cold}. */
    @Param("warm")
    public String cache;

    private Path file;
    private boolean cold;

    /** Checks the cache parameter and finds the corpus file once per trial. */
    @Setup(Level.Trial)
    public void setUpTrial(BenchmarkParams params) {
        cold = switch (cache) {
            case "warm" -> false;
            case "cold" -> true;
            default -> throw new IllegalArgumentException("cache parameter must be 'warm' or 'cold', not '" + cache + "'");
        };
        file = ForkCorpora.resolve(params.getParam("corpus"));
    }

    /** Drops the corpus from the page cache before each invocation when cold; does nothing when warm. */
    @Setup(Level.Invocation)
    public void dropIfCold() throws IOException {
        if (cold) {
            PageCache.dropAndVerify(file);
        }
    }
}
