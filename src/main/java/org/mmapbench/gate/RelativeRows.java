package org.mmapbench.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.StrategyPairs;
import org.mmapbench.stats.Contrast;

/**
 * Builds the relative-mode rows: for every mapped-vs-regular pair ({@link StrategyPairs}) present in
 * both runs, the candidate's speedup divided by the baseline's, on the primary metric.
 *
 * <p>A speedup is regular time / mapped time (mapped / regular for throughput), estimated as the
 * ratio of geometric means of per-fork medians. Forks of different benchmarks are different JVMs,
 * hence independent: the log speedup ratio is a {@link Contrast} of four independent groups, tested
 * with Welch-Satterthwaite degrees of freedom and bootstrapped by resampling each group's forks.
 * Because machine speed cancels within each run, this comparison stays meaningful across machines.
 * Higher is better: "regressed" means mapped I/O lost ground against regular I/O.
 */
final class RelativeRows {

    /** The metric name of relative rows. */
    static final String SPEEDUP = "speedup";

    private RelativeRows() {
    }

    static List<Gate.Pending> of(List<BenchmarkResult> baseline, List<BenchmarkResult> candidate) {
        Map<String, StrategyPairs.Pair> base = byKey(StrategyPairs.pair(baseline));
        Map<String, StrategyPairs.Pair> cand = byKey(StrategyPairs.pair(candidate));
        List<Gate.Pending> rows = new ArrayList<>();
        for (Map.Entry<String, StrategyPairs.Pair> e : base.entrySet()) {
            StrategyPairs.Pair b = e.getValue();
            StrategyPairs.Pair c = cand.get(e.getKey());
            if (c == null) {
                rows.add(Gate.Pending.untested(e.getKey(), name(b), sources(b), SPEEDUP, "x", true, Verdict.MISSING,
                        "pair not in the candidate"));
            } else {
                rows.add(row(e.getKey(), b, c));
            }
        }
        for (Map.Entry<String, StrategyPairs.Pair> e : cand.entrySet()) {
            if (!base.containsKey(e.getKey())) {
                rows.add(Gate.Pending.untested(e.getKey(), name(e.getValue()), sources(e.getValue()), SPEEDUP, "x", true,
                        Verdict.NEW, "pair not in the baseline"));
            }
        }
        return rows;
    }

    private static Gate.Pending row(String key, StrategyPairs.Pair b, StrategyPairs.Pair c) {
        List<String> problems = new ArrayList<>();
        LogSample rb = sample("baseline " + strategy(b.regular()), b.regular(), problems);
        LogSample mb = sample("baseline " + strategy(b.mapped()), b.mapped(), problems);
        LogSample rc = sample("candidate " + strategy(c.regular()), c.regular(), problems);
        LogSample mc = sample("candidate " + strategy(c.mapped()), c.mapped(), problems);
        List<String> sources = sources(c);
        if (!problems.isEmpty()) {
            return Gate.Pending.untested(key, name(b), sources, SPEEDUP, "x", true, Verdict.INCONCLUSIVE,
                    String.join("; ", problems));
        }
        // log speedup = ln regular - ln mapped for time modes, the opposite for throughput.
        double s = b.mapped().mode().higherIsBetter() ? -1 : 1;
        Contrast delta = new Contrast(List.of(rc.logs(), mc.logs(), rb.logs(), mb.logs()), new double[] {s, -s, -s, s});
        Contrast speedupB = new Contrast(List.of(rb.logs(), mb.logs()), new double[] {s, -s});
        Contrast speedupC = new Contrast(List.of(rc.logs(), mc.logs()), new double[] {s, -s});
        return new Gate.Pending(key, name(b), sources, SPEEDUP, "x", true,
                Math.min(rb.n(), mb.n()), Math.exp(speedupB.estimate()), pairSpread(rb, mb),
                Math.min(rc.n(), mc.n()), Math.exp(speedupC.estimate()), pairSpread(rc, mc), delta, null, "");
    }

    /** The spread of the log speedup from one fork of each benchmark: {@code sqrt(s_r^2 + s_m^2)}. */
    private static double pairSpread(LogSample regular, LogSample mapped) {
        return Math.sqrt(regular.logs().variance() + mapped.logs().variance());
    }

    private static LogSample sample(String label, BenchmarkResult r, List<String> problems) {
        LogSample.Extraction e = LogSample.extract(r.primary());
        if (e.problem() != null) {
            problems.add(label + ": " + e.problem());
        }
        return e.sample();
    }

    private static Map<String, StrategyPairs.Pair> byKey(List<StrategyPairs.Pair> pairs) {
        Map<String, StrategyPairs.Pair> m = new LinkedHashMap<>();
        for (StrategyPairs.Pair p : pairs) {
            m.put(p.groupKey() + "{" + strategy(p.mapped()) + " vs " + strategy(p.regular()) + "}", p);
        }
        return m;
    }

    private static String strategy(BenchmarkResult r) {
        return r.param(StrategyPairs.STRATEGY);
    }

    private static List<String> sources(StrategyPairs.Pair p) {
        return List.of(p.regular().key(), p.mapped().key());
    }

    /** {@code FindBenchmark.fair corpus=don-quixote mappedSegment vs readAllBytes}. */
    static String name(StrategyPairs.Pair p) {
        BenchmarkResult m = p.mapped();
        Map<String, String> rest = new TreeMap<>(m.params());
        rest.remove(StrategyPairs.STRATEGY);
        StringBuilder sb = new StringBuilder(m.className().isEmpty() ? m.benchmark() : m.className() + "." + m.method());
        rest.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.append(' ').append(strategy(m)).append(" vs ").append(strategy(p.regular())).toString();
    }
}
