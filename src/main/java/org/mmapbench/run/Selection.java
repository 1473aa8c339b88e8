package org.mmapbench.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * One block of a profile: which benchmark methods to run, on which corpora, with which strategies
 * and cache states; or, for a benchmark class that is no workload (IPC), which methods with which
 * values of its own parameters ({@link #of}).
 *
 * @param workload the workload, whose benchmark class {@link BenchmarkName} names; null for a class
 *        that is no workload
 * @param variants the variants (benchmark methods) to run; empty means every method of the class
 * @param corpora corpus ids passed as the {@code corpus} parameter
 * @param strategies strategies to keep; empty means every strategy the method's state declares valid.
 *        Strategies not valid for a method are dropped, never run
 * @param caches cache states ({@code warm}, {@code warm-mapped}, {@code cold}); used only for methods with a JMH parameter named "cache"
 * @param bufferSizes window sizes in bytes for methods with a JMH parameter named "bufferSize" (the
 *        windowed variant); empty means the method's default (64 KiB). Methods without it ignore it
 * @param className the fully qualified benchmark class name
 * @param methods the benchmark methods to run, by simple name; empty means every method (or the variants)
 * @param params values of other JMH parameters, by name, in order; each must be declared by every method run
 * @param threads JMH benchmark threads, one run of the methods per count; empty means one thread
 */
public record Selection(Workload workload, List<Variant> variants, List<String> corpora,
                        List<String> strategies, List<String> caches, List<String> bufferSizes,
                        String className, List<String> methods, Map<String, List<String>> params,
                        List<Integer> threads) {

    /** A workload selection. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora, List<String> strategies, List<String> caches,
                     List<String> bufferSizes) {
        this(workload, variants, corpora, strategies, caches, bufferSizes, BenchmarkName.className(workload), List.of(), Map.of(), List.of());
    }

    /** A workload selection with the default buffer size. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora, List<String> strategies, List<String> caches) {
        this(workload, variants, corpora, strategies, caches, List.of());
    }

    /** Copies the lists. */
    public Selection {
        variants = List.copyOf(variants);
        corpora = List.copyOf(corpora);
        strategies = List.copyOf(strategies);
        caches = List.copyOf(caches);
        bufferSizes = List.copyOf(bufferSizes);
        methods = List.copyOf(methods);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        params = java.util.Collections.unmodifiableMap(copy);
        threads = List.copyOf(threads);
        if (threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException(className + ": thread counts must be at least 1: " + threads);
        }
        if ((workload != null && corpora.isEmpty()) || caches.isEmpty()) {
            throw new IllegalArgumentException(className + ": a selection needs at least one corpus and one cache state");
        }
    }

    /**
     * The methods {@code methods} of the benchmark class {@code className} (fully qualified), which is no
     * workload: no corpus, strategy or cache parameter, only its own {@code params}.
     */
    public static Selection of(String className, List<String> methods, Map<String, List<String>> params) {
        return new Selection(null, List.of(), List.of(), List.of(), List.of("warm"), List.of(), className, methods, params, List.of());
    }

    /**
     * Every method of a benchmark class that is not a workload's (the cost anatomy's), warm, on
     * {@code corpora}, with {@code bufferSizes} for its methods that have a "bufferSize" parameter.
     *
     * @param simpleClassName the class's simple name in {@link BenchmarkName#PACKAGE}, e.g. {@code AnatomyMapBenchmark}
     */
    public static Selection ofClass(String simpleClassName, List<String> corpora, List<String> bufferSizes) {
        return ofClass(simpleClassName, List.of(), corpora, List.of("warm"), bufferSizes, Map.of());
    }

    /**
     * The methods {@code methods} (empty: every method) of a benchmark class that is not a workload's
     * but takes a {@code corpus} parameter (the cost anatomy, the kernel hints, the ceilings), on
     * {@code corpora} in {@code caches}, with its own {@code params} (e.g. {@code hint}).
     *
     * @param simpleClassName the class's simple name in {@link BenchmarkName#PACKAGE}, e.g. {@code HintBenchmark}
     */
    public static Selection ofClass(String simpleClassName, List<String> methods, List<String> corpora, List<String> caches,
                                    List<String> bufferSizes, Map<String, List<String>> params) {
        if (corpora.isEmpty()) {
            throw new IllegalArgumentException(simpleClassName + ": a selection needs at least one corpus");
        }
        return new Selection(null, List.of(), corpora, List.of(), caches, bufferSizes, BenchmarkName.PACKAGE + "." + simpleClassName,
                methods, params, List.of());
    }

    /**
     * The methods {@code methods} (empty: every method) of a benchmark class that is not a workload's
     * (e.g. {@code ThreadsBenchmark}), warm, on {@code corpora}, with {@code strategies} (empty: every
     * declared one), once per thread count.
     *
     * @param simpleClassName the class's simple name in {@link BenchmarkName#PACKAGE}
     */
    public static Selection ofThreads(String simpleClassName, List<String> methods, List<String> corpora, List<String> strategies,
                                      List<Integer> threads) {
        if (corpora.isEmpty()) {
            throw new IllegalArgumentException(simpleClassName + ": a selection needs at least one corpus");
        }
        return new Selection(null, List.of(), corpora, strategies, List.of("warm"), List.of(), BenchmarkName.PACKAGE + "." + simpleClassName,
                methods, Map.of(), threads);
    }

    /** The thread counts to run, {@code [1]} when none are given. */
    public List<Integer> threadCounts() {
        return threads.isEmpty() ? List.of(1) : threads;
    }
}
