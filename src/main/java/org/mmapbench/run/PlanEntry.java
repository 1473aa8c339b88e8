package org.mmapbench.run;

import java.util.List;
import org.mmapbench.workload.BenchmarkName;

/**
 * One benchmark method with the parameter values it runs with: one JMH run of
 * {@code corpora x strategies x caches x bufferSizes} benchmarks.
 *
 * @param benchmark the JMH benchmark name, e.g. {@code org.mmapbench.bench.FindBenchmark.fair}
 * @param corpora values of the JMH parameter named "corpus"
 * @param strategies values of the JMH parameter named "strategy" (empty when the method has none)
 * @param caches values of the JMH parameter named "cache" (empty when the method has none)
 * @param bufferSizes values of the JMH parameter named "bufferSize" of the windowed variant (empty:
 *        the method's default, or it has none)
 * @param threads JMH benchmark threads (1 unless the profile measures thread scaling)
 */
public record PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches,
                        List<String> bufferSizes, int threads) {

    /** Copies the lists. */
    public PlanEntry {
        corpora = List.copyOf(corpora);
        strategies = List.copyOf(strategies);
        caches = List.copyOf(caches);
        bufferSizes = List.copyOf(bufferSizes);
        if (threads < 1) {
            throw new IllegalArgumentException(benchmark + ": threads must be at least 1: " + threads);
        }
    }

    /** An entry run by one thread. */
    public PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches, List<String> bufferSizes) {
        this(benchmark, corpora, strategies, caches, bufferSizes, 1);
    }

    /** An entry with the default buffer size. */
    public PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches) {
        this(benchmark, corpora, strategies, caches, List.of());
    }

    /** How many benchmarks (parameter combinations) this entry runs. */
    public int count() {
        return corpora.size() * Math.max(1, strategies.size()) * Math.max(1, caches.size()) * Math.max(1, bufferSizes.size());
    }

    /** The benchmark without its package, e.g. {@code FindBenchmark.fair}. */
    public String shortName() {
        return BenchmarkName.shortName(benchmark);
    }
}
