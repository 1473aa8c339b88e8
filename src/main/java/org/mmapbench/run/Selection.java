package org.mmapbench.run;

import java.util.List;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * One block of a profile: which benchmark methods to run, on which corpora, with which strategies,
 * cache states and hints.
 *
 * @param benchmarkClass the fully qualified benchmark class: a workload's ({@link BenchmarkName}) or
 *        one that is not one workload's (hints, ceilings; see {@link #ofClass})
 * @param workload the workload, whose benchmark class {@link BenchmarkName} names; for another class,
 *        the method named after it ({@code HintBenchmark.find}), or null for every method
 * @param variants the variants (benchmark methods) of a workload class to run; empty means every method of the class
 * @param corpora corpus ids passed as the {@code corpus} parameter
 * @param strategies strategies to keep; empty means every strategy the method's state declares valid.
 *        Strategies not valid for a method are dropped, never run
 * @param caches cache states ({@code warm}, {@code warm-mapped}, {@code cold}); used only for methods with a JMH parameter named "cache"
 * @param bufferSizes window sizes in bytes for methods with a JMH parameter named "bufferSize" (the
 *        windowed variant); empty means the method's default (64 KiB). Methods without it ignore it
 * @param hints values of the JMH parameter named "hint" (the hint benchmarks); empty means every hint
 *        the method's state declares. Methods without it ignore it
 */
public record Selection(String benchmarkClass, Workload workload, List<Variant> variants, List<String> corpora,
                        List<String> strategies, List<String> caches, List<String> bufferSizes, List<String> hints) {

    /** A selection of a workload's benchmark class. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora,
                     List<String> strategies, List<String> caches, List<String> bufferSizes) {
        this(BenchmarkName.className(workload), workload, variants, corpora, strategies, caches, bufferSizes, List.of());
    }

    /** A selection of a workload's benchmark class with the default buffer size. */
    public Selection(Workload workload, List<Variant> variants, List<String> corpora, List<String> strategies, List<String> caches) {
        this(workload, variants, corpora, strategies, caches, List.of());
    }

    /**
     * A selection of a benchmark class that is not one workload's: its method named after
     * {@code method}'s id, or every method when {@code method} is null.
     */
    public static Selection ofClass(String benchmarkClass, Workload method, List<String> corpora, List<String> caches,
                                    List<String> hints) {
        return new Selection(benchmarkClass, method, List.of(), corpora, List.of(), caches, List.of(), hints);
    }

    /** Copies the lists. */
    public Selection {
        variants = List.copyOf(variants);
        corpora = List.copyOf(corpora);
        strategies = List.copyOf(strategies);
        caches = List.copyOf(caches);
        bufferSizes = List.copyOf(bufferSizes);
        hints = List.copyOf(hints);
        if (corpora.isEmpty() || caches.isEmpty()) {
            throw new IllegalArgumentException(benchmarkClass + ": a selection needs at least one corpus and one cache state");
        }
        if (!variants.isEmpty() && !workloadClass(benchmarkClass, workload)) {
            throw new IllegalArgumentException(benchmarkClass + ": variants select methods of a workload's benchmark class only");
        }
    }

    /** The fully qualified benchmark class name. */
    public String className() {
        return benchmarkClass;
    }

    /** Whether the class is its workload's benchmark class, whose methods are variants. */
    public boolean workloadClass() {
        return workloadClass(benchmarkClass, workload);
    }

    /** Whether the method named {@code jmhName} (of this class) is selected by {@link #workload} and {@link #variants}. */
    public boolean selects(String jmhName) {
        if (workloadClass()) {
            return variants.isEmpty() || variants.contains(BenchmarkName.of(jmhName).variant());
        }
        return workload == null || jmhName.endsWith("." + workload.id());
    }

    private static boolean workloadClass(String benchmarkClass, Workload workload) {
        return workload != null && BenchmarkName.className(workload).equals(benchmarkClass);
    }
}
