package org.mmapbench.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The base of the cost-anatomy benchmarks: small benchmarks that each price one step of a whole
 * operation (open, map, first touch, kernel, unmap, allocation, kernel copy) on a corpus held in the
 * canonical warm page cache ({@link WarmState}), so the report can break a mapped-vs-regular ratio
 * into measured parts (docs/methodology.md, "Cost anatomy").
 *
 * <p>Each subclass is one group of steps; each method is one step, named by the report's anatomy
 * tables. Settings come from {@link BenchmarkBase}; the {@code depth} profile runs them.
 *
 * <p>NOTE: steps that need a fresh mapping (or a fresh allocation to free) for every call prepare it
 * in {@code @Setup(Level.Invocation)} and release it in {@code @TearDown(Level.Invocation)}, outside
 * the timed region. JMH then times each call on its own: two timer reads, tens of nanoseconds,
 * against steps of microseconds (one {@code mmap} of a 4 KiB file) to milliseconds.
 */
@State(Scope.Benchmark)
public abstract class AnatomyBenchmark extends BenchmarkBase {

    /** The corpus id; profiles override it with {@code -p corpus=...}. */
    @Param("don-quixote")
    public String corpus;
}
