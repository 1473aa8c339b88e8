package org.mmapbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Crossover;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.Percentiles;

/**
 * Computes {@link CrossoverRow}s: for each size sweep of one run (one workload, mode and cache state over
 * corpora of one family, e.g. {@code english-4KiB} ... {@code english-256MiB}), where each mapped
 * strategy of the fair variant overtakes two regular sides: the fair variant's regular reference
 * ({@link StrategyPairs#REGULAR_REFERENCE_ORDER}) and the strongest regular contender
 * ({@link Tutorial#CONTENDER}, the windowed variant).
 *
 * <p>The speedup at each size is the ratio of the two medians of fork medians, as in the speedup table;
 * the crossover is {@link Crossover#of} those speedups, and its interval the seeded percentile
 * bootstrap over forks ({@link Bootstrap#DEFAULT}, key {@code run-id|workload|mode|cache|family|mapped|regular})
 * when every cell has {@value Crossover#MIN_FORKS} or more forks with raw data. Only sizes where both
 * sides ran count, and a sweep needs two of them.
 */
public final class Crossovers {
    /** A generated corpus id, {@code <family>-<size>}: the family is what a sweep holds fixed. */
    private static final Pattern SIZED_ID = Pattern.compile("(.+)-\\d+(?:[KMGT]iB|B)?");
    private static final String BUFFER_SIZE = "bufferSize";

    private Crossovers() {
    }

    /** The family of a corpus id: {@code english} for {@code english-64MiB}; the id itself when it names no size. */
    static String family(String corpus) {
        Matcher m = SIZED_ID.matcher(corpus);
        return m.matches() ? m.group(1) : corpus;
    }

    /** One swept group: the fair cells by strategy, the contender's cells, each by corpus size. */
    private static final class Sweep {
        final RunResults run;
        final BenchmarkResult any;
        final String cache;
        final String family;
        final Map<String, NavigableMap<Long, BenchmarkResult>> fair = new LinkedHashMap<>();
        final NavigableMap<Long, BenchmarkResult> contender = new TreeMap<>();

        Sweep(RunResults run, BenchmarkResult any, String cache, String family) {
            this.run = run;
            this.any = any;
            this.cache = cache;
            this.family = family;
        }
    }

    /** Every crossover of every run, in first-seen order of the sweeps. */
    public static List<CrossoverRow> of(List<RunResults> runs, CorpusSizes sizes) {
        Map<String, Sweep> sweeps = new LinkedHashMap<>();
        for (RunResults run : runs) {
            for (BenchmarkResult r : run.results()) {
                String corpus = r.param(ResultRows.CORPUS);
                String strategy = r.param(StrategyPairs.STRATEGY);
                if (corpus == null || strategy == null || r.threads() != 1) {
                    continue;
                }
                boolean fair = r.method().equals("fair");
                boolean contender = r.method().equals("windowed") && strategy.equals(Tutorial.CONTENDER.strategy())
                        && (r.param(BUFFER_SIZE) == null || r.param(BUFFER_SIZE).equals(Integer.toString(Tutorial.CONTENDER.bufferSize())));
                long bytes = sizes.bytes(corpus, r.environment());
                if (!(fair || contender) || bytes <= 0) {
                    continue;
                }
                Map<String, String> rest = new TreeMap<>(r.params());
                rest.remove(ResultRows.CORPUS);
                rest.remove(StrategyPairs.STRATEGY);
                rest.remove(BUFFER_SIZE);
                String cache = rest.getOrDefault(Speedups.CACHE, "");
                String family = family(corpus);
                String key = run.runId() + "|" + r.workload() + "|" + r.mode().shortName() + "|" + family + "|" + rest;
                Sweep s = sweeps.computeIfAbsent(key, k -> new Sweep(run, r, cache, family));
                if (contender) {
                    s.contender.putIfAbsent(bytes, r);
                } else {
                    s.fair.computeIfAbsent(strategy, k -> new TreeMap<>()).putIfAbsent(bytes, r);
                }
            }
        }
        List<CrossoverRow> rows = new ArrayList<>();
        for (Sweep s : sweeps.values()) {
            String reference = reference(s.fair);
            for (Map.Entry<String, NavigableMap<Long, BenchmarkResult>> m : s.fair.entrySet()) {
                if (!StrategyPairs.isMapped(m.getKey())) {
                    continue;
                }
                if (reference != null) {
                    addRow(rows, s, "fair", m.getKey(), m.getValue(), reference, s.fair.get(reference));
                }
                addRow(rows, s, "contender", m.getKey(), m.getValue(), Tutorial.CONTENDER.label(), s.contender);
            }
        }
        return rows;
    }

    /** The regular reference of the fair cells: the first of the reference order present, else the first regular one. */
    private static String reference(Map<String, NavigableMap<Long, BenchmarkResult>> fair) {
        for (String s : StrategyPairs.REGULAR_REFERENCE_ORDER) {
            if (fair.containsKey(s)) {
                return s;
            }
        }
        return fair.keySet().stream().filter(s -> !StrategyPairs.isMapped(s)).findFirst().orElse(null);
    }

    private static void addRow(List<CrossoverRow> rows, Sweep s, String pair, String mapped, NavigableMap<Long, BenchmarkResult> mappedCells,
            String regular, NavigableMap<Long, BenchmarkResult> regularCells) {
        List<Long> common = new ArrayList<>();
        for (Long bytes : mappedCells.keySet()) {
            if (regularCells.containsKey(bytes)) {
                common.add(bytes);
            }
        }
        if (common.size() < 2) {
            return;
        }
        int n = common.size();
        double[] x = new double[n];
        double[] speedups = new double[n];
        double[][] reg = new double[n][];
        double[][] map = new double[n][];
        boolean raw = true;
        int forks = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            x[i] = common.get(i);
            Metric rm = regularCells.get(common.get(i)).primary();
            Metric mm = mappedCells.get(common.get(i)).primary();
            reg[i] = rm.forkMedians();
            map[i] = mm.forkMedians();
            raw &= rm.hasRawData() && mm.hasRawData() && positive(reg[i]) && positive(map[i]);
            forks = Math.min(forks, raw ? Math.min(reg[i].length, map[i].length) : Math.min(
                    regularCells.get(common.get(i)).forks(), mappedCells.get(common.get(i)).forks()));
            double rc = rm.hasRawData() ? Percentiles.median(reg[i]) : rm.score();
            double mc = mm.hasRawData() ? Percentiles.median(map[i]) : mm.score();
            speedups[i] = StrategyPairs.speedup(s.any.mode(), rc, mc);
        }
        for (double v : speedups) {
            if (!(v > 0) || Double.isInfinite(v)) {
                return; // a NaN, zero or infinite centre has no place on a log scale; the speedup table shows it
            }
        }
        Crossover estimate = Crossover.of(x, speedups);
        String key = s.run.runId() + "|" + s.any.workload() + "|" + s.any.mode().shortName() + "|" + s.cache + "|" + s.family
                + "|" + mapped + "|" + regular;
        Interval ci = raw ? Crossover.interval(Bootstrap.DEFAULT, key, x, reg, map, s.any.mode().higherIsBetter()) : Interval.NONE;
        String method = !raw ? "no positive raw data per fork"
                : ci.known() ? "bootstrap-forks"
                : forks + " fork" + (forks == 1 ? "" : "s") + " in a cell, " + Crossover.MIN_FORKS + " needed";
        rows.add(new CrossoverRow(s.run.runId(), s.any.environment().label(), s.any.workload(), s.any.mode(), s.cache, s.family,
                pair, mapped, regular, common, java.util.Arrays.stream(speedups).boxed().toList(), forks, estimate, ci, method));
    }

    private static boolean positive(double[] values) {
        for (double v : values) {
            if (!(v > 0) || Double.isInfinite(v)) {
                return false;
            }
        }
        return true;
    }
}
