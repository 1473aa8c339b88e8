package org.mmapbench.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.workload.BenchmarkName;

/**
 * Pairs mapped and regular benchmarks that ran the same workload, variant and parameters, so that
 * reports and the gate compute "mapped vs regular" the same way.
 *
 * <p>mmapbench's benchmark conventions: a benchmark's name gives its workload and variant
 * ({@link BenchmarkName}), parameter {@code strategy} names the access strategy, mapped strategies
 * start with {@code mapped}. Within a group that differs only in {@code strategy}, the regular
 * reference is the first present of {@link #REGULAR_REFERENCE_ORDER}; every mapped strategy of the
 * group is paired with it. Speedup is regular time / mapped time (mapped faster when > 1), for
 * throughput modes the inverse.
 */
public final class StrategyPairs {

    /** The parameter that names the access strategy. */
    public static final String STRATEGY = "strategy";
    /** Regular strategies preferred as the reference, best first: the tutorial's "read the file" idioms. */
    public static final List<String> REGULAR_REFERENCE_ORDER =
            List.of("readAllBytes", "readString", "channelHeap", "bufferedStream", "channelDirect", "randomAccessFile", "bufferedReader");

    /**
     * A mapped benchmark and the regular benchmark it is compared with.
     *
     * @param groupKey everything but the strategy: benchmark, mode and the other parameters
     * @param regular the regular reference benchmark
     * @param mapped the mapped benchmark
     */
    public record Pair(String groupKey, BenchmarkResult regular, BenchmarkResult mapped) {
        /** The workload, from the benchmark name: {@code SeekFindBenchmark} gives {@code seekFind}. */
        public String workload() {
            return mapped.workload();
        }

        /** The variant, i.e. the benchmark method name. */
        public String variant() {
            return mapped.method();
        }
    }

    private StrategyPairs() {
    }

    /** Whether a strategy id names a mapped strategy. */
    public static boolean isMapped(String strategy) {
        return strategy != null && strategy.startsWith("mapped");
    }

    /** The key shared by benchmarks that differ only in strategy (and run with the same thread count). */
    public static String groupKey(BenchmarkResult r) {
        Map<String, String> rest = new TreeMap<>(r.params());
        rest.remove(STRATEGY);
        return r.benchmark() + ":" + r.mode().shortName() + rest + (r.threads() > 1 ? " threads=" + r.threads() : "");
    }

    /** Every mapped benchmark paired with its group's regular reference, in input order of the mapped side. */
    public static List<Pair> pair(List<BenchmarkResult> results) {
        Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            if (r.param(STRATEGY) != null) {
                groups.computeIfAbsent(groupKey(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkResult>> g : groups.entrySet()) {
            BenchmarkResult reference = reference(g.getValue());
            if (reference == null) {
                continue;
            }
            for (BenchmarkResult r : g.getValue()) {
                if (isMapped(r.param(STRATEGY))) {
                    pairs.add(new Pair(g.getKey(), reference, r));
                }
            }
        }
        return pairs;
    }

    private static BenchmarkResult reference(List<BenchmarkResult> group) {
        for (String preferred : REGULAR_REFERENCE_ORDER) {
            for (BenchmarkResult r : group) {
                if (preferred.equals(r.param(STRATEGY))) {
                    return r;
                }
            }
        }
        for (BenchmarkResult r : group) {
            if (!isMapped(r.param(STRATEGY))) {
                return r;
            }
        }
        return null;
    }

    /**
     * Speedup of mapped over regular from two central values of the primary metric: regular / mapped
     * for time modes, mapped / regular for throughput. Greater than 1 means mapped is faster.
     */
    public static double speedup(BenchMode mode, double regular, double mapped) {
        return mode.higherIsBetter() ? mapped / regular : regular / mapped;
    }
}
