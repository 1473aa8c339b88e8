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
 */
public record Selection(Workload workload, List<Variant> variants, List<String> corpora,
                        List<String> strategies, List<String> caches, List<String> bufferSizes) {

    /** A selection with the default buffer size. */
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
        if (corpora.isEmpty() || caches.isEmpty()) {
            throw new IllegalArgumentException(workload.id() + ": a selection needs at least one corpus and one cache state");
        }
    }

    /** The fully qualified benchmark class name. */
    public String className() {
        return BenchmarkName.className(workload);
    }
}
