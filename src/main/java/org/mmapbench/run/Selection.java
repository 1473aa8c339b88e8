package org.mmapbench.run;

import java.util.List;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * One block of a profile: which benchmark methods to run, on which corpora, with which strategies
 * and cache states.
 *
 * @param workload the workload, whose benchmark class {@link BenchmarkName} names; null for a benchmark
 *        class that is not a workload's (see {@link #ofClass})
 * @param variants the variants (benchmark methods) to run; empty means every method of the class
 * @param corpora corpus ids passed as the {@code corpus} parameter
 * @param strategies strategies to keep; empty means every strategy the method's state declares valid.
 *        Strategies not valid for a method are dropped, never run
 * @param caches cache states ({@code warm}, {@code warm-mapped}, {@code cold}); used only for methods with a JMH parameter named "cache"
 * @param bufferSizes window sizes in bytes for methods with a JMH parameter named "bufferSize" (the
 *        windowed variant); empty means the method's default (64 KiB). Methods without it ignore it
 * @param benchmarkClass the fully qualified benchmark class when {@code workload} is null, else null
 */
public record Selection(Workload workload, List<Variant> variants, List<String> corpora,
                        List<String> strategies, List<String> caches, List<String> bufferSizes, String benchmarkClass) {

    /** A selection of a workload's benchmark class. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora, List<String> strategies, List<String> caches,
                     List<String> bufferSizes) {
        this(workload, variants, corpora, strategies, caches, bufferSizes, null);
    }

    /** A selection with the default buffer size. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora, List<String> strategies, List<String> caches) {
        this(workload, variants, corpora, strategies, caches, List.of());
    }

    /**
     * Every method of a benchmark class that is not a workload's (the cost anatomy's), warm, on
     * {@code corpora}, with {@code bufferSizes} for its methods that have a "bufferSize" parameter.
     *
     * @param simpleClassName the class's simple name in {@link BenchmarkName#PACKAGE}, e.g. {@code AnatomyMapBenchmark}
     */
    public static Selection ofClass(String simpleClassName, List<String> corpora, List<String> bufferSizes) {
        return new Selection(null, List.of(), corpora, List.of(), List.of("warm"), bufferSizes,
                BenchmarkName.PACKAGE + "." + simpleClassName);
    }

    /** Copies the lists. */
    public Selection {
        variants = List.copyOf(variants);
        corpora = List.copyOf(corpora);
        strategies = List.copyOf(strategies);
        caches = List.copyOf(caches);
        bufferSizes = List.copyOf(bufferSizes);
        if ((workload == null) == (benchmarkClass == null)) {
            throw new IllegalArgumentException("a selection names either a workload or a benchmark class: " + workload + ", " + benchmarkClass);
        }
        if (workload == null && !variants.isEmpty()) {
            throw new IllegalArgumentException(benchmarkClass + ": variants belong to workload benchmarks");
        }
        if (corpora.isEmpty() || caches.isEmpty()) {
            throw new IllegalArgumentException((workload == null ? benchmarkClass : workload.id())
                    + ": a selection needs at least one corpus and one cache state");
        }
    }

    /** The fully qualified benchmark class name. */
    public String className() {
        return workload == null ? benchmarkClass : BenchmarkName.className(workload);
    }
}
