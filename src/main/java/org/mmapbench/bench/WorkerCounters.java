package org.mmapbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.mmapbench.sys.ProcThreadCounters;
import org.mmapbench.sys.ThreadCounter;
import org.mmapbench.sys.ThreadCounters;

/**
 * The registry through which benchmark worker threads hand their own OS counters to
 * {@link OsCountersProfiler}: each worker reads {@code /proc/self/task/<its tid>/} just before and
 * just after its part of every iteration, and the profiler, which runs on JMH's runner thread,
 * collects the differences after the iteration.
 *
 * <p>Why the worker reads and not the profiler: JMH 1.37 calls a profiler's hooks on the fork's
 * runner thread, while the benchmark runs on executor threads ({@code BenchmarkHandler.runIteration});
 * and between the profiler's two hooks the worker also runs the trial setup (first iteration: the
 * cache fill reads the whole file) and the trial teardown (last iteration). The hooks here are
 * {@link BenchmarkBase}'s iteration-level {@code @Setup} and {@code @TearDown}, which JMH runs on the
 * worker after every trial setup and before every trial teardown, around the operations of the
 * iteration (JMH's warm-up and warm-down loops between threads included, hence the division by all
 * operations, as {@code gc.alloc.rate.norm} does).
 *
 * <p>Work between the two readings that is not the benchmark's (the per-invocation fresh copy of
 * replace, the per-invocation cache drop of cold cells) is excluded: the code brackets it with
 * {@link #excludeBegin()} and {@link #excludeEnd()}, which read the counters before and after and
 * subtract the difference. Reading costs read system calls of its own; {@link #trialStart()}
 * measures that cost (the smallest difference of back-to-back readings) and every bracket and every
 * iteration subtracts it, so readings cancel out exactly for the system-call count and to a few
 * bytes for {@code rchar} (a difference below 0 is raised to 0).
 *
 * <p>Nothing is read unless the fork runs {@link OsCountersProfiler} ({@link #enable()}), so a
 * benchmark run without it pays nothing. A worker that is a virtual thread (JMH's
 * {@code -Djmh.executor=VIRTUAL}) has no kernel thread of its own and is not read at all; the
 * profiler then reports nothing.
 */
public final class WorkerCounters {
    private static final int N = ThreadCounter.values().length;
    private static final int CALIBRATION_PAIRS = 5;

    private static volatile boolean enabled;
    private static final ThreadLocal<Worker> WORKER = new ThreadLocal<>();
    private static final ConcurrentLinkedQueue<ThreadCounters> COMPLETED = new ConcurrentLinkedQueue<>();

    private WorkerCounters() {
    }

    /** Turns reading on in this JVM; {@link OsCountersProfiler} calls it when JMH creates it in the fork. */
    static void enable() {
        enabled = true;
    }

    /** Registers the calling thread as a benchmark worker and measures what one reading costs it. */
    public static void trialStart() {
        if (!enabled || Thread.currentThread().isVirtual() || WORKER.get() != null) {
            return;
        }
        long tid = ProcThreadCounters.currentTid();
        if (tid < 0) {
            return;
        }
        ProcThreadCounters reader = ProcThreadCounters.of(tid);
        if (!reader.available()) {
            reader.close();
            return;
        }
        WORKER.set(new Worker(reader));
    }

    /** Reads the worker's counters at the start of its part of an iteration. */
    public static void iterationStart() {
        onWorker(Worker::iterationStart);
    }

    /** Reads the worker's counters at the end of its part of an iteration and hands the difference to the profiler. */
    public static void iterationEnd() {
        onWorker(w -> COMPLETED.add(w.iterationEnd()));
    }

    /** Forgets the calling worker and closes its files. */
    public static void trialEnd() {
        onWorker(w -> {
            WORKER.remove();
            w.reader.close();
        });
    }

    /**
     * Starts work on the calling worker thread that the counters must not include; call
     * {@link #excludeEnd()} in a {@code finally} block after it. Allocation-free.
     */
    public static void excludeBegin() {
        onWorker(Worker::excludeBegin);
    }

    /** Ends the work started with {@link #excludeBegin()} and subtracts its counters from the iteration. */
    public static void excludeEnd() {
        onWorker(Worker::excludeEnd);
    }

    /**
     * Runs {@code action} on the calling thread's worker, if it is one. Every action passed is a
     * non-capturing lambda or method reference, which the JVM creates once, so this allocates nothing.
     */
    private static void onWorker(Consumer<Worker> action) {
        Worker w = WORKER.get();
        if (w != null) {
            action.accept(w);
        }
    }

    /** Takes every worker's iteration difference handed in since the last call. */
    static List<ThreadCounters> drain() {
        List<ThreadCounters> out = new ArrayList<>();
        ThreadCounters t;
        while ((t = COMPLETED.poll()) != null) {
            out.add(t);
        }
        return out;
    }

    /** What reading the counters costs the reading thread: the smallest difference of back-to-back readings. */
    static ThreadCounters readingCost(ProcThreadCounters reader) {
        long[] a = new long[N];
        long[] b = new long[N];
        reader.read(a);
        ThreadCounters cost = null;
        for (int i = 0; i < CALIBRATION_PAIRS; i++) {
            reader.read(a);
            reader.read(b);
            ThreadCounters d = ProcThreadCounters.fromArray(b).minus(ProcThreadCounters.fromArray(a));
            cost = cost == null ? d : cost.min(d);
        }
        return cost;
    }

    /** One worker thread's readings; used by that thread only. */
    private static final class Worker {
        final ProcThreadCounters reader;
        final long[] cost = new long[N];
        final long[] begin = new long[N];
        final long[] excluded = new long[N];
        final long[] bracket = new long[N];
        final long[] now = new long[N];

        Worker(ProcThreadCounters reader) {
            this.reader = reader;
            ThreadCounters c = readingCost(reader);
            for (ThreadCounter k : ThreadCounter.values()) {
                cost[k.index()] = c.known(k) ? c.get(k) : ProcThreadCounters.UNKNOWN;
            }
        }

        void iterationStart() {
            Arrays.fill(excluded, 0);
            reader.read(begin);
        }

        void excludeBegin() {
            reader.read(bracket);
        }

        /** The bracket's own difference includes half of each of its two readings; adding the cost counts both whole. */
        void excludeEnd() {
            reader.read(now);
            for (int i = 0; i < N; i++) {
                excluded[i] = unknown(now[i], bracket[i], excluded[i], cost[i])
                        ? ProcThreadCounters.UNKNOWN : excluded[i] + now[i] - bracket[i] + cost[i];
            }
        }

        ThreadCounters iterationEnd() {
            reader.read(now);
            long[] d = new long[N];
            for (int i = 0; i < N; i++) {
                d[i] = unknown(now[i], begin[i], excluded[i], cost[i])
                        ? ProcThreadCounters.UNKNOWN : now[i] - begin[i] - cost[i] - excluded[i];
            }
            return ProcThreadCounters.fromArray(d).atLeastZero();
        }

        private static boolean unknown(long a, long b, long c, long d) {
            long u = ProcThreadCounters.UNKNOWN;
            return a == u || b == u || c == u || d == u;
        }
    }
}
