package org.mmapbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark class inherits (JMH looks for class-level annotations up the
 * superclass chain): average time per operation in microseconds; three forks, each started with
 * {@link ForkJvm}'s arguments; three warmup and five measurement iterations of one second.
 *
 * <p>They apply when a class is run directly ({@code mmapbench jmh FindBenchmark}); the profiles
 * of {@code mmapbench run} set forks, iterations, heap and parameters themselves. A subclass that
 * declares one of these annotations replaces it whole (JMH does not merge attributes).
 *
 * <p>It is also the per-thread state ({@code Scope.Thread}, which JMH gives a benchmark class
 * anyway) whose iteration-level helpers read the worker thread's OS counters for
 * {@link OsCountersProfiler} ({@link WorkerCounters}) on each worker thread, just outside the
 * measured loop: after every trial setup and before every trial teardown. JMH 1.37 runs the
 * benchmark class's iteration setup before, and its teardown after, those of the benchmark method's
 * argument states, so iteration-level work of those states is counted unless it is bracketed with
 * {@link WorkerCounters#excludeBegin()} (as per-invocation work must be). The helpers do nothing
 * unless the fork runs that profiler; their names are unusual so a subclass cannot override one by
 * accident (they are final, so it would not compile). A subclass
 * that declares {@code @State(Scope.Benchmark)} gets the helpers run by one thread only, so with
 * more than one thread its counters are not reported.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {ForkJvm.XMS, ForkJvm.XMX, ForkJvm.PRE_TOUCH, ForkJvm.HEAP_HUGE_PAGES, ForkJvm.NATIVE_ACCESS, ForkJvm.UNSAFE_ACCESS})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class BenchmarkBase {

    /** Registers this worker thread for the OS counters (trial start, on the worker). */
    @Setup(Level.Trial)
    public final void osCountersTrialStart() {
        WorkerCounters.trialStart();
    }

    /** Reads the worker's counters before the iteration's operations. */
    @Setup(Level.Iteration)
    public final void osCountersIterationStart() {
        WorkerCounters.iterationStart();
    }

    /** Reads the worker's counters after the iteration's operations, for the profiler. */
    @TearDown(Level.Iteration)
    public final void osCountersIterationEnd() {
        WorkerCounters.iterationEnd();
    }

    /** Forgets this worker thread. */
    @TearDown(Level.Trial)
    public final void osCountersTrialEnd() {
        WorkerCounters.trialEnd();
    }
}
