package org.mmapbench.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.workload.BenchmarkName;
import org.openjdk.jmh.annotations.Mode;

/**
 * One benchmark method with the parameter values it runs with: one JMH run of
 * {@code corpora x strategies x caches x bufferSizes x params} benchmarks, in the method's own JMH mode.
 *
 * @param benchmark the JMH benchmark name, e.g. {@code org.mmapbench.bench.FindBenchmark.fair}
 * @param corpora values of the JMH parameter named "corpus"
 * @param strategies values of the JMH parameter named "strategy" (empty when the method has none)
 * @param caches values of the JMH parameter named "cache" (empty when the method has none)
 * @param bufferSizes values of the JMH parameter named "bufferSize" of the windowed variant (empty:
 *        the method's default, or it has none)
 * @param params values of the method's other JMH parameters, by name (empty for workload benchmarks)
 * @param mode the JMH mode the method declares ({@code @BenchmarkMode}): average time for the
 *        workloads, sample time for latency distributions
 * @param threads JMH benchmark threads (1 unless the profile measures thread scaling)
 */
public record PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches,
                        List<String> bufferSizes, Map<String, List<String>> params, Mode mode, int threads) {

    /** Copies the lists. */
    public PlanEntry {
        corpora = List.copyOf(corpora);
        strategies = List.copyOf(strategies);
        caches = List.copyOf(caches);
        bufferSizes = List.copyOf(bufferSizes);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        params = Collections.unmodifiableMap(copy);
        if (threads < 1) {
            throw new IllegalArgumentException(benchmark + ": threads must be at least 1: " + threads);
        }
    }

    /** An entry run by one thread. */
    public PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches,
                     List<String> bufferSizes, Map<String, List<String>> params, Mode mode) {
        this(benchmark, corpora, strategies, caches, bufferSizes, params, mode, 1);
    }

    /** A workload entry, in average time. */
    public PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches,
                     List<String> bufferSizes) {
        this(benchmark, corpora, strategies, caches, bufferSizes, Map.of(), Mode.AverageTime);
    }

    /** An entry with the default buffer size. */
    public PlanEntry(String benchmark, List<String> corpora, List<String> strategies, List<String> caches) {
        this(benchmark, corpora, strategies, caches, List.of());
    }

    /** How many benchmarks (parameter combinations) this entry runs. */
    public int count() {
        return Math.max(1, corpora.size()) * Math.max(1, strategies.size()) * Math.max(1, caches.size())
                * Math.max(1, bufferSizes.size()) * paramCombinations().size();
    }

    /** Every combination of {@link #params} as {@code name=value} lists (one empty list when there are none). */
    public List<List<String>> paramCombinations() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : p.getValue()) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(p.getKey() + "=" + v);
                    next.add(List.copyOf(c));
                }
            }
            out = next;
        }
        return out;
    }

    /** The benchmark without its package, e.g. {@code FindBenchmark.fair}. */
    public String shortName() {
        return BenchmarkName.shortName(benchmark);
    }
}
