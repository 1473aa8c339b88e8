package org.mmapbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark class inherits (JMH looks for class-level annotations up the
 * superclass chain): average time per operation in microseconds; three forks, each started with
 * {@link ForkJvm}'s arguments; three warmup and five measurement iterations of one second.
 *
 * <p>They apply when a class is run directly ({@code mmapbench jmh FindBenchmark}); the profiles
 * of {@code mmapbench run} set forks, iterations, heap and parameters themselves. A subclass that
 * declares one of these annotations replaces it whole (JMH does not merge attributes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {ForkJvm.XMS, ForkJvm.XMX, ForkJvm.PRE_TOUCH, ForkJvm.HEAP_HUGE_PAGES, ForkJvm.NATIVE_ACCESS, ForkJvm.UNSAFE_ACCESS})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class BenchmarkBase {
}
