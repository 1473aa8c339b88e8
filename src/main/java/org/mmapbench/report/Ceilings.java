package org.mmapbench.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.HintResults;
import org.mmapbench.results.StrategyPairs;

/**
 * Gives every throughput of a run as a percentage of the ceiling that bounds it, measured by
 * {@code CeilingBenchmark} in the same run (never across runs, since this machine's limits move
 * with its load):
 * <ul>
 *   <li>cold cells against the cold sequential read ({@link Ceiling#COLD_READ});</li>
 *   <li>warm mapped scans (mapped strategies, mapped hints) against memory copy bandwidth
 *       ({@link Ceiling#MEMORY});</li>
 *   <li>warm regular reads (every other strategy, {@code posix_fadvise} hints) against the page-cache
 *       copy of {@code pread} into a reused 1 MiB buffer ({@link Ceiling#PAGE_CACHE}).</li>
 * </ul>
 * Only workloads that process every byte of the file have a throughput (read, count, regex; find and
 * seekFind stop at a match, replace and patch write). A row without a throughput (another workload, no
 * corpus, not a time unit) or whose ceiling the run did not measure gets no percentage; the ceilings
 * themselves are not compared with anything.
 */
public final class Ceilings {

    /** The machine limits, each one method (and cache state) of {@code CeilingBenchmark}. */
    public enum Ceiling {
        /** {@code CeilingBenchmark.memoryCopy}: {@code MemorySegment.copy} between two native buffers. */
        MEMORY("memory copy", "memoryCopy", null),
        /** {@code CeilingBenchmark.pread} warm: the kernel's copy out of the page cache into a reused 1 MiB buffer. */
        PAGE_CACHE("warm pread, 1 MiB buffer", "pread", "warm"),
        /** {@code CeilingBenchmark.pread} cold: sequential reads from the storage device. */
        COLD_READ("cold sequential pread", "pread", "cold");

        private final String label;
        private final String method;
        private final String cache;

        Ceiling(String label, String method, String cache) {
            this.label = label;
            this.method = method;
            this.cache = cache;
        }

        /** A short description, e.g. {@code memory copy}. */
        public String label() {
            return label;
        }

        boolean measuredBy(BenchmarkResult r) {
            return r.className().equals(CLASS) && r.method().equals(method)
                    && (cache == null || cache.equals(r.param(Speedups.CACHE)));
        }
    }

    /** The simple name of the ceilings' benchmark class. */
    static final String CLASS = "CeilingBenchmark";
    /** The workloads that process every byte of the file, whose bytes / time is a throughput. */
    static final Set<String> SCANS = Set.of("read", "count", "regex");

    private Ceilings() {
    }

    /** The percentage rows of every run's primary rows, in row order. */
    public static List<CeilingRow> of(List<ResultRow> rows) {
        Map<String, Map<Ceiling, Double>> byRun = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            if (r.primary() && r.result().className().equals(CLASS) && Double.isFinite(r.gbPerSecond())) {
                for (Ceiling c : Ceiling.values()) {
                    if (c.measuredBy(r.result())) {
                        byRun.computeIfAbsent(r.runId(), k -> new EnumMap<>(Ceiling.class)).putIfAbsent(c, r.gbPerSecond());
                    }
                }
            }
        }
        List<CeilingRow> out = new ArrayList<>();
        for (ResultRow r : rows) {
            BenchmarkResult b = r.result();
            if (!r.primary() || b.className().equals(CLASS) || !SCANS.contains(scan(b)) || !Double.isFinite(r.gbPerSecond())
                    || r.gbPerSecond() <= 0) {
                continue;
            }
            Ceiling c = ceilingOf(b);
            Double limit = byRun.getOrDefault(r.runId(), Map.of()).get(c);
            if (limit != null) {
                out.add(new CeilingRow(r.runId(), b.className() + "." + b.method(), params(b), r.gbPerSecond(), c, limit,
                        percent(r.gbPerSecond(), limit)));
            }
        }
        return out;
    }

    /** The workload of {@code r}: a hint benchmark's method ({@code read}, {@code find}), else its class's label. */
    private static String scan(BenchmarkResult r) {
        return HintResults.isHint(r) ? r.method() : r.workload();
    }

    /** The ceiling that bounds {@code r}: by its cache state, then whether it reads through a mapping. */
    static Ceiling ceilingOf(BenchmarkResult r) {
        String cache = r.param(Speedups.CACHE);
        if (cache != null && cache.startsWith("cold")) { // cold and cold-start: read from the device
            return Ceiling.COLD_READ;
        }
        boolean mapped = HintResults.isHint(r) ? HintResults.mapped(r) : StrategyPairs.isMapped(r.param(StrategyPairs.STRATEGY));
        return mapped ? Ceiling.MEMORY : Ceiling.PAGE_CACHE;
    }

    /** {@code 100 * throughput / ceiling}; NaN when either is not a positive finite number. */
    static double percent(double throughput, double ceiling) {
        if (!(throughput > 0) || !(ceiling > 0) || Double.isInfinite(throughput) || Double.isInfinite(ceiling)) {
            return Double.NaN;
        }
        return 100 * throughput / ceiling;
    }

    /** Every parameter of {@code b} as {@code k=v;k=v}, as {@code results.csv} writes them. */
    static String params(BenchmarkResult b) {
        StringJoiner j = new StringJoiner(";");
        b.params().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
