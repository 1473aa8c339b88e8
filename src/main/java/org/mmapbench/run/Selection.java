package org.mmapbench.run;

import java.util.List;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * One block of a profile: which benchmark methods to run, on which corpora, with which strategies
 * and cache states.
 *
 * @param workload the workload, whose benchmark class {@link BenchmarkName} names
 * @param variants the variants (benchmark methods) to run; empty means every method of the class
 * @param corpora corpus ids passed as the {@code corpus} parameter
 * @param strategies strategies to keep; empty means every strategy the method's state declares valid.
 *        Strategies not valid for a method are dropped, never run
 * @param caches cache states ({@code warm}, {@code warm-mapped}, {@code cold}); used only for methods with a JMH parameter named "cache"
 * @param bufferSizes window sizes in bytes for methods with a JMH parameter named "bufferSize" (the
 *        windowed variant); empty means the method's default (64 KiB). Methods without it ignore it
 * @param benchmarkClass the fully qualified class of a benchmark that is not a workload's (see
 *        {@link #ofClass}); null for a workload's class, which {@link BenchmarkName} names
 * @param threads JMH benchmark threads, one run of the methods per count; empty means one thread
 */
public record Selection(Workload workload, List<Variant> variants, List<String> corpora,
                        List<String> strategies, List<String> caches, List<String> bufferSizes,
                        String benchmarkClass, List<Integer> threads) {

    /** A selection of a workload's methods, one thread. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora, List<String> strategies, List<String> caches,
                     List<String> bufferSizes) {
        this(workload, variants, corpora, strategies, caches, bufferSizes, null, List.of());
    }

    /** A selection with the default buffer size. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora, List<String> strategies, List<String> caches) {
        this(workload, variants, corpora, strategies, caches, List.of());
    }

    /**
     * Every method of a benchmark class that is not a workload's (e.g. {@code ThreadsBenchmark}), warm, on
     * {@code corpora}, with {@code strategies} (empty: every declared one), once per thread count.
     *
     * @param simpleClassName the class's simple name in {@link BenchmarkName#PACKAGE}
     */
    public static Selection ofClass(String simpleClassName, List<String> corpora, List<String> strategies, List<Integer> threads) {
        return new Selection(null, List.of(), corpora, strategies, List.of("warm"), List.of(),
                BenchmarkName.PACKAGE + "." + simpleClassName, threads);
    }

    /** Copies the lists. */
    public Selection {
        variants = List.copyOf(variants);
        corpora = List.copyOf(corpora);
        strategies = List.copyOf(strategies);
        caches = List.copyOf(caches);
        bufferSizes = List.copyOf(bufferSizes);
        threads = List.copyOf(threads);
        if ((workload == null) == (benchmarkClass == null)) {
            throw new IllegalArgumentException("a selection names either a workload or a benchmark class: " + workload + ", " + benchmarkClass);
        }
        if (workload == null && !variants.isEmpty()) {
            throw new IllegalArgumentException(benchmarkClass + ": variants belong to workload benchmarks");
        }
        String name = benchmarkClass != null ? benchmarkClass : workload.id();
        if (corpora.isEmpty() || caches.isEmpty()) {
            throw new IllegalArgumentException(name + ": a selection needs at least one corpus and one cache state");
        }
        if (threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException(name + ": thread counts must be at least 1: " + threads);
        }
    }

    /** The fully qualified benchmark class name. */
    public String className() {
        return benchmarkClass != null ? benchmarkClass : BenchmarkName.className(workload);
    }

    /** The thread counts to run, {@code [1]} when none are given. */
    public List<Integer> threadCounts() {
        return threads.isEmpty() ? List.of(1) : threads;
    }
}
