package org.mmapbench.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The count workload: counts every {@code " the "} in the corpus: a whole-file scan, to separate "finds early" from "scans fast".
 *
 * <p>One method per variant, each with its own state class whose {@code @Param strategy} lists the
 * strategies valid for that variant. Profiles of {@code mmapbench run} override forks, iterations
 * and the {@code corpus}/{@code strategy}/{@code cache} parameters; the annotations below apply when
 * the class is run directly ({@code mmapbench jmh CountBenchmark}).
 *
 * <p>{@code cache=cold} drops the corpus from the page cache before every invocation; see
 * {@link CachedCellState}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsPrepend = {ForkJvm.XMS, ForkJvm.XMX, ForkJvm.NATIVE_ACCESS, ForkJvm.UNSAFE_ACCESS})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CountBenchmark {

    /** The fair variant's state: {@code strategy} lists exactly the cells {@code Cells} defines for count/fair. */
    public static class Fair extends CachedCellState {
        /** The access strategy. */
        @Param({"readAllBytes", "bufferedStream", "channelHeap", "channelDirect", "randomAccessFile", "mappedBuffer", "mappedSegment"})
        public String strategy;

        /** Binds the state to its workload and variant. */
        public Fair() {
            super(Workload.COUNT, Variant.FAIR);
        }

        @Override
        protected String strategy() {
            return strategy;
        }
    }

    /** The idiomatic variant's state: {@code strategy} lists exactly the cells {@code Cells} defines for count/idiomatic. */
    public static class Idiomatic extends CachedCellState {
        /** The access strategy. */
        @Param({"readString", "bufferedReader", "mappedBuffer"})
        public String strategy;

        /** Binds the state to its workload and variant. */
        public Idiomatic() {
            super(Workload.COUNT, Variant.IDIOMATIC);
        }

        @Override
        protected String strategy() {
            return strategy;
        }
    }

    /** The fair variant: the shared kernel over a {@code MemorySegment} (heap segment for regular strategies, mapped segment for mapped ones): the difference is I/O alone. */
    @Benchmark
    public long fair(Fair s) throws IOException {
        return s.run();
    }

    /** The idiomatic variant: what typical Java code does: get a {@code String}, then use {@code String}/{@code Pattern} methods, as the tutorial's code does. */
    @Benchmark
    public long idiomatic(Idiomatic s) throws IOException {
        return s.run();
    }
}
