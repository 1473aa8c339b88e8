package org.mmapbench.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mmapbench.sys.ThreadCounter;
import org.mmapbench.sys.ThreadCounters;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports, per operation, the operating-system counters of the benchmark's own
 * worker threads: {@code os.syscr}, {@code os.syscw}, {@code os.rchar}, {@code os.wchar},
 * {@code os.read_bytes}, {@code os.write_bytes}, {@code os.faults.minor}, {@code os.faults.major}
 * and {@code os.ctxsw.voluntary} (see {@link ThreadCounter} for what each counts).
 *
 * <p>The workers read their counters themselves around each iteration ({@link WorkerCounters},
 * hooked in by {@link BenchmarkBase}); this profiler sums the workers' differences and divides by
 * the iteration's operations, all of them (measured and JMH's synchronisation loops), as
 * {@code gc.alloc.rate.norm} does. It reports nothing for an iteration in which not every worker
 * reported (a benchmark class declaring {@code @State(Scope.Benchmark)} with more than one thread,
 * virtual-thread workers, no {@code /proc}), and leaves out a counter that could not be read:
 * an absent counter is unknown, never 0.
 *
 * <p>{@code mmapbench run} adds it to every run, beside JMH's {@code gc} profiler.
 */
public final class OsCountersProfiler implements InternalProfiler {
    /** The prefix of every metric this profiler reports. */
    public static final String PREFIX = "os.";

    /** Created by JMH in the fork (and in the host, to check support): turns the workers' readings on. */
    public OsCountersProfiler() {
        WorkerCounters.enable();
    }

    /** The metric name of {@code c}, e.g. {@code os.faults.minor}. */
    public static String metric(ThreadCounter c) {
        return PREFIX + c.label();
    }

    @Override
    public String getDescription() {
        return "mmapbench: read/write calls, bytes, storage bytes, page faults and voluntary context switches"
                + " per operation, of the benchmark's own threads (/proc/self/task/<tid>)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        WorkerCounters.drain(); // nothing stale from an iteration that failed half-way
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        List<ThreadCounters> workers = WorkerCounters.drain();
        long ops = result.getMetadata().getAllOps();
        if (workers.size() != benchmarkParams.getThreads() || ops <= 0) {
            return List.of();
        }
        return perOperation(workers, ops);
    }

    /** The workers' summed counters divided by {@code ops}, one result per known counter. */
    static List<ScalarResult> perOperation(List<ThreadCounters> workers, long ops) {
        ThreadCounters sum = ThreadCounters.ZERO;
        for (ThreadCounters w : workers) {
            sum = sum.plus(w);
        }
        List<ScalarResult> out = new ArrayList<>();
        for (ThreadCounter c : ThreadCounter.values()) {
            if (sum.known(c)) {
                out.add(new ScalarResult(metric(c), (double) sum.get(c) / ops, c.unitPerOp(), AggregationPolicy.AVG));
            }
        }
        return out;
    }
}
