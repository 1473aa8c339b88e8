package org.mmapbench.run;

import java.util.List;
import org.mmapbench.workload.BenchmarkName;

/**
 * One benchmark method with the parameter values it runs with: one JMH run of
 * {@code corpora x strategies x caches x bufferSizes x hints} benchmarks.
 *
 * @param benchmark the JMH benchmark name, e.g. {@code org.mmapbench.bench.FindBenchmark.fair}
 * @param corpora values of the JMH parameter named "corpus"
 * @param strategies values of the JMH parameter named "strategy" (empty when the method has none)
 * @param caches values of the JMH parameter named "cache" (empty when the method has none)
 * @param bufferSizes values of the JMH parameter named "bufferSize" of the windowed variant (empty:
 *        the method's default, or it has none)
 * @param hints values of the JMH parameter named "hint" of the hint benchmarks (empty when the method has none)
 */
public record PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches,
                        List<String> bufferSizes, List<String> hints) {

    /** Copies the lists. */
    public PlanEntry {
        corpora = List.copyOf(corpora);
        strategies = List.copyOf(strategies);
        caches = List.copyOf(caches);
        bufferSizes = List.copyOf(bufferSizes);
        hints = List.copyOf(hints);
    }

    /** An entry without hints. */
    public PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches,
                     List<String> bufferSizes) {
        this(benchmark, corpora, strategies, caches, bufferSizes, List.of());
    }

    /** An entry with the default buffer size. */
    public PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches) {
        this(benchmark, corpora, strategies, caches, List.of());
    }

    /** How many benchmarks (parameter combinations) this entry runs. */
    public int count() {
        return corpora.size() * Math.max(1, strategies.size()) * Math.max(1, caches.size()) * Math.max(1, bufferSizes.size())
                * Math.max(1, hints.size());
    }

    /** The benchmark without its package, e.g. {@code FindBenchmark.fair}. */
    public String shortName() {
        return BenchmarkName.shortName(benchmark);
    }
}
