package org.mmapbench.results;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * The current name and parameters of a benchmark result measured before mmapbench renamed its
 * benchmark, so that stored baselines and history keep matching the same cells measured today.
 *
 * <p>One rename so far: the durability 2 x 2 of patch and replace was two benchmark methods,
 * {@code unsynced} and {@code synced}; it is one method, {@code durability}, with a {@code durability}
 * parameter. An old {@code unsynced} result is read as {@code durability} with {@code durability=none},
 * an old {@code synced} one as {@code durability=synced}: the cells ran the same code under both
 * names. Every other result, {@code fair} of patch and replace included, keeps its key: {@code fair}
 * has no {@code durability} parameter (patch's never syncs, replace's always does), so a result
 * without one matches today's {@code fair} as it is.
 */
final class LegacyResults {

    /** The parameter that replaced the two methods. */
    static final String DURABILITY = "durability";

    private LegacyResults() {
    }

    /**
     * A benchmark's current name and parameters.
     *
     * @param benchmark the JMH name
     * @param params the parameters, sorted by name
     */
    record Current(String benchmark, SortedMap<String, String> params) {
    }

    /** The current name and parameters of a result that JMH wrote as {@code benchmark} with {@code params}. */
    static Current current(String benchmark, Map<String, String> params) {
        SortedMap<String, String> p = new TreeMap<>(params);
        for (Workload w : Workload.values()) {
            if (!w.mutates() || p.containsKey(DURABILITY)) {
                continue;
            }
            String prefix = BenchmarkName.className(w) + ".";
            String durability = benchmark.equals(prefix + "unsynced") ? "none" : benchmark.equals(prefix + "synced") ? "synced" : null;
            if (durability != null) {
                p.put(DURABILITY, durability);
                return new Current(new BenchmarkName(w, Variant.DURABILITY).jmhName(), p);
            }
        }
        return new Current(benchmark, p);
    }
}
