package org.mmapbench.results;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mmapbench.workload.BenchmarkName;

/**
 * One benchmark of one run: a method with one combination of parameters, in one mode.
 *
 * @param benchmark JMH's fully qualified name, e.g. {@code org.mmapbench.bench.FindBenchmark.fair}
 * @param mode the JMH mode
 * @param params the {@code @Param} values, sorted by name (empty when the JSON has none)
 * @param forks forks JMH was asked for
 * @param threads benchmark threads
 * @param warmupIterations warm-up iterations per fork
 * @param measurementIterations measurement iterations per fork
 * @param primary the primary metric
 * @param secondary secondary metrics by name, sorted (e.g. {@code gc.alloc.rate.norm})
 * @param environment where it ran
 */
public record BenchmarkResult(String benchmark, BenchMode mode, SortedMap<String, String> params, int forks,
        int threads, int warmupIterations, int measurementIterations, Metric primary,
        SortedMap<String, Metric> secondary, EnvironmentInfo environment) {

    /** Copies the maps into sorted, unmodifiable form. */
    public BenchmarkResult {
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
        secondary = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(secondary));
    }

    /** The method name after the last dot, e.g. {@code fair}. */
    public String method() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(dot + 1);
    }

    /** The simple class name, e.g. {@code FindBenchmark}; empty for names without a dot. */
    public String className() {
        int dot = benchmark.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String cls = benchmark.substring(0, dot);
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    /** The workload label, e.g. {@code seekFind} for {@code SeekFindBenchmark} (see {@link BenchmarkName#workloadLabel}). */
    public String workload() {
        return BenchmarkName.workloadLabel(benchmark);
    }

    /** A parameter value, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /**
     * A stable key for this benchmark within a run: name, mode and parameters, e.g.
     * {@code org.mmapbench.bench.FindBenchmark.fair:avgt[corpus=don-quixote,strategy=mappedSegment]}, and the
     * thread count when it is not 1 ({@code ... threads=2}): JMH runs the same benchmark with several
     * thread counts as separate results.
     */
    public String key() {
        StringBuilder sb = new StringBuilder(benchmark).append(':').append(mode.shortName());
        if (!params.isEmpty()) {
            sb.append('[');
            boolean first = true;
            for (Map.Entry<String, String> e : params.entrySet()) {
                sb.append(first ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
                first = false;
            }
            sb.append(']');
        }
        if (threads > 1) {
            sb.append(" threads=").append(threads);
        }
        return sb.toString();
    }
}
