package org.mmapbench.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.Metric;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Percentiles;

/**
 * The clause a headline sentence ends with: what the operating system counted per operation on each
 * side of a comparison (the {@code os.*} metrics of {@code bench.OsCountersProfiler}), e.g.
 * "per operation, readAllBytes made 1 read call (2.35 MB) and 0 minor faults, mappedSegment 0 read
 * calls (0 B) and 574 minor faults".
 *
 * <p>Only measured counters appear: a side without {@code os.*} metrics (results from before the
 * profiler, or a benchmark it could not read) is left out, and without both sides of the pair there
 * is no clause at all. Counters beyond read calls, their bytes and minor faults appear only when
 * they are not 0 on some side.
 */
final class CounterFacts {
    static final String SYSCR = "os.syscr";
    static final String SYSCW = "os.syscw";
    static final String RCHAR = "os.rchar";
    static final String WCHAR = "os.wchar";
    static final String READ_BYTES = "os.read_bytes";
    static final String WRITE_BYTES = "os.write_bytes";
    static final String MINOR = "os.faults.minor";
    static final String MAJOR = "os.faults.major";
    static final String VOLUNTARY = "os.ctxsw.voluntary";

    private CounterFacts() {
    }

    /** One side of a comparison: how the sentence names it and its counters (metric name to central value). */
    record Side(String label, Map<String, Double> counters) {
    }

    /**
     * The clause for speedup {@code s} (and, when not null, the strongest regular contender's cell of
     * {@code contender}), or an empty string when the counters of either side of {@code s} are unknown.
     */
    static String clause(List<ResultRow> rows, SpeedupRow s, SpeedupRow contender) {
        List<BenchmarkResult> run = results(rows, s.runId());
        Map<String, Double> regular = counters(find(run, s, s.variant(), s.regularStrategy(), cache(s.cache())));
        Map<String, Double> mapped = counters(find(run, s, s.variant(), s.mappedStrategy(), cache(s.cache())));
        if (regular.isEmpty() || mapped.isEmpty()) {
            return "";
        }
        List<Side> sides = new ArrayList<>(List.of(new Side(s.regularStrategy(), regular), new Side(s.mappedStrategy(), mapped)));
        if (contender != null) {
            Map<String, Double> c = counters(find(results(rows, contender.runId()), contender, "windowed", contender.regularStrategy(),
                    v -> v == null || v.equals("warm")));
            if (!c.isEmpty()) {
                sides.add(new Side("the contender (" + Tutorial.CONTENDER.label() + ")", c));
            }
        }
        return describe(sides);
    }

    /** "per operation, A made ..., B ... and C ...": one phrase per side, the same counters on every side. */
    static String describe(List<Side> sides) {
        boolean writes = any(sides, SYSCW, 0.5) || any(sides, WCHAR, 1);
        boolean storageIn = any(sides, READ_BYTES, 1);
        boolean dirtied = any(sides, WRITE_BYTES, 1);
        boolean major = any(sides, MAJOR, 0.5);
        boolean waits = any(sides, VOLUNTARY, 0.5);
        StringBuilder sb = new StringBuilder("per operation, ");
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            List<String> items = new ArrayList<>();
            calls(items, side.counters(), SYSCR, RCHAR, "read call");
            if (writes) {
                calls(items, side.counters(), SYSCW, WCHAR, "write call");
            }
            if (storageIn) {
                bytes(items, side.counters(), READ_BYTES, " read from storage");
            }
            if (dirtied) {
                bytes(items, side.counters(), WRITE_BYTES, " dirtied in the page cache");
            }
            count(items, side.counters(), MINOR, "minor fault");
            if (major) {
                count(items, side.counters(), MAJOR, "major fault");
            }
            if (waits) {
                count(items, side.counters(), VOLUNTARY, "voluntary context switch");
            }
            sb.append(i == 0 ? "" : i == sides.size() - 1 ? ", and " : ", ").append(side.label()).append(i == 0 ? " made " : " ")
                    .append(join(items));
        }
        return sb.toString();
    }

    private static void calls(List<String> items, Map<String, Double> c, String calls, String bytes, String noun) {
        Double n = c.get(calls);
        if (n == null) {
            return;
        }
        Double b = c.get(bytes);
        items.add(plural(n, noun) + (b == null ? "" : " (" + bytes(b) + ")"));
    }

    private static void bytes(List<String> items, Map<String, Double> c, String metric, String what) {
        Double b = c.get(metric);
        if (b != null) {
            items.add(bytes(b) + what);
        }
    }

    private static void count(List<String> items, Map<String, Double> c, String metric, String noun) {
        Double n = c.get(metric);
        if (n != null) {
            items.add(plural(n, noun));
        }
    }

    private static boolean any(List<Side> sides, String metric, double atLeast) {
        return sides.stream().map(s -> s.counters().get(metric)).anyMatch(v -> v != null && v >= atLeast);
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A count per operation: 3 significant digits without trailing zeros ({@code 574}, {@code 36.9}, {@code 0.02}, {@code 1}). */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1000) {
            return Long.toString(Math.round(v));
        }
        String h = Numbers.human(v);
        return h.contains(".") ? new BigDecimal(h).stripTrailingZeros().toPlainString() : h;
    }

    static String plural(double v, String noun) {
        String n = number(v);
        return n + " " + noun + (n.equals("1") ? "" : noun.endsWith("ch") ? "es" : "s");
    }

    /**
     * Bytes for people, in decimal units as the sentences' corpus sizes: {@code 0 B}, {@code 512 B},
     * {@code 2.35 MB}. Below 1000 bytes, whole bytes: a fraction of a byte per operation is the
     * readings' own jitter ({@code /proc} texts gaining a digit), not bytes the operation moved.
     */
    static String bytes(double b) {
        if (b < 1000) {
            return Math.round(b) + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        int power = Math.min(units.length, (int) (Math.log10(b) / 3)); // log10 is exact at powers of 10
        return Numbers.human(b / Math.pow(1000, power)) + " " + units[power - 1];
    }

    private static List<BenchmarkResult> results(List<ResultRow> rows, String runId) {
        List<BenchmarkResult> out = new ArrayList<>();
        for (ResultRow r : rows) {
            if (r.primary() && r.runId().equals(runId)) {
                out.add(r.result());
            }
        }
        return out;
    }

    private static Predicate<String> cache(String cache) {
        return v -> cache.isEmpty() ? v == null : cache.equals(v);
    }

    /**
     * The benchmark of {@code s}'s run with method {@code method} and strategy {@code strategy}, the
     * same workload, mode and corpus, a cache parameter {@code cache} accepts, and (for the pair's own
     * method) the same other parameters; null when there is none.
     */
    private static BenchmarkResult find(List<BenchmarkResult> run, SpeedupRow s, String method, String strategy,
            Predicate<String> cache) {
        for (BenchmarkResult r : run) {
            if (!r.workload().equals(s.workload()) || !r.method().equals(method) || r.mode() != s.mode()
                    || !strategy.equals(r.param(StrategyPairs.STRATEGY))
                    || !Objects.equals(s.corpus().isEmpty() ? null : s.corpus(), r.param(ResultRows.CORPUS))
                    || !cache.test(r.param(Speedups.CACHE))) {
                continue;
            }
            if (method.equals(s.variant()) && !others(r).equals(s.otherParams())) {
                continue;
            }
            if (!method.equals(s.variant()) && r.param("bufferSize") != null
                    && !r.param("bufferSize").equals(Integer.toString(Tutorial.CONTENDER.bufferSize()))) {
                continue;
            }
            return r;
        }
        return null;
    }

    /** The parameters other than strategy, corpus and cache, as {@link Speedups} writes them. */
    private static String others(BenchmarkResult r) {
        Map<String, String> rest = new TreeMap<>(r.params());
        rest.remove(StrategyPairs.STRATEGY);
        rest.remove(ResultRows.CORPUS);
        rest.remove(Speedups.CACHE);
        StringBuilder sb = new StringBuilder();
        rest.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    /** The {@code os.*} metrics of {@code r} by name, central values (median of fork medians, or the score); empty for null. */
    static Map<String, Double> counters(BenchmarkResult r) {
        Map<String, Double> out = new TreeMap<>();
        if (r == null) {
            return out;
        }
        for (Map.Entry<String, Metric> e : r.secondary().entrySet()) {
            if (e.getKey().startsWith("os.")) {
                Metric m = e.getValue();
                double v = m.hasRawData() ? Percentiles.median(m.forkMedians()) : m.score();
                if (!Double.isNaN(v)) {
                    out.put(e.getKey(), v);
                }
            }
        }
        return out;
    }
}
