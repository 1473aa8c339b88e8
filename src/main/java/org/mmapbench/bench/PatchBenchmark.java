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
 * The patch workload: overwrites bytes 10..15 of a copy of the corpus with {@code "python"} without rewriting the file: a positional write for regular strategies, a store through a READ_WRITE mapping plus {@code force()} for mapped ones.
 *
 * <p>One method per variant, each with its own state class whose {@code @Param strategy} lists the
 * strategies valid for that variant. Profiles of {@code mmapbench run} override forks, iterations
 * and the {@code corpus}/{@code strategy} parameters; the annotations below apply when
 * the class is run directly ({@code mmapbench jmh PatchBenchmark}).
 *
 * <p>The copy is made once per fork (see {@link CopyCellState}): patching is idempotent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsPrepend = {ForkJvm.XMS, ForkJvm.XMX, ForkJvm.NATIVE_ACCESS, ForkJvm.UNSAFE_ACCESS})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PatchBenchmark {

    /** The fair variant's state: {@code strategy} lists exactly the cells {@code Cells} defines for patch/fair. */
    public static class Fair extends CopyCellState {
        /** The access strategy. */
        @Param({"channelHeap", "channelDirect", "randomAccessFile", "mappedBuffer", "mappedSegment"})
        public String strategy;

        /** Binds the state to its workload and variant. */
        public Fair() {
            super(Workload.PATCH, Variant.FAIR);
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
}
