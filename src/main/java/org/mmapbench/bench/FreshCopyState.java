package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * A {@link CopyState} that makes a fresh copy of the corpus before every invocation, for replace:
 * after one replace there is no {@code " the "} left, so a second call on the same file would
 * measure a different, cheaper operation.
 *
 * <p>NOTE: the copy (about 2 ms for don-quixote, {@code fsync} included) runs in
 * {@code @Setup(Level.Invocation)} and is excluded from the timing. JMH's {@code Level.Invocation}
 * javadoc warns that per-invocation helpers are only sound for operations that take long against
 * the cost of timing each call on its own (two {@code System.nanoTime()} calls, tens of
 * nanoseconds); a whole-file replace takes milliseconds, so the distortion is far below the
 * run-to-run noise. The setup also caches every new copy the canonical warm way (dropped after the
 * copy, read back sequentially, verified with {@code mincore}), as the trial setup does.
 */
public class FreshCopyState extends CopyState {

    /**
     * Replaces the copy with a fresh one before each invocation. The copy (its read and write calls,
     * the bytes it writes back) is left out of the OS counters ({@link WorkerCounters#excludeBegin()}),
     * or they would measure the copy instead of the replace.
     */
    @Setup(Level.Invocation)
    public void freshCopyPerInvocation() throws IOException {
        WorkerCounters.excludeBegin();
        try {
            freshCachedCopy();
        } finally {
            WorkerCounters.excludeEnd();
        }
    }
}
