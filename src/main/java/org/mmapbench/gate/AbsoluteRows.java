package org.mmapbench.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.Metric;
import org.mmapbench.stats.Contrast;

/**
 * Builds the absolute-mode rows: for every benchmark key present in both runs, its primary metric and
 * {@code gc.alloc.rate.norm} (when both runs have it), candidate vs baseline; keys in one run only
 * become {@link Verdict#NEW} or {@link Verdict#MISSING} rows.
 */
final class AbsoluteRows {

    /** The secondary metric the gate compares besides the primary one (lower is better). */
    static final String ALLOCATION = "gc.alloc.rate.norm";

    private AbsoluteRows() {
    }

    static List<Gate.Pending> of(List<BenchmarkResult> baseline, List<BenchmarkResult> candidate) {
        Map<String, BenchmarkResult> base = byKey(baseline);
        Map<String, BenchmarkResult> cand = byKey(candidate);
        List<Gate.Pending> rows = new ArrayList<>();
        for (BenchmarkResult b : base.values()) {
            BenchmarkResult c = cand.get(b.key());
            if (c == null) {
                rows.add(Gate.Pending.untested(b.key(), name(b), List.of(b.key()), Metric.PRIMARY, b.primary().unit(),
                        b.primary().higherIsBetter(b.mode()), Verdict.MISSING, "not in the candidate"));
                continue;
            }
            rows.add(row(b, b.primary(), c.primary()));
            Metric ba = b.secondary().get(ALLOCATION);
            Metric ca = c.secondary().get(ALLOCATION);
            if (ba != null && ca != null) {
                rows.add(row(b, ba, ca));
            }
        }
        for (BenchmarkResult c : cand.values()) {
            if (!base.containsKey(c.key())) {
                rows.add(Gate.Pending.untested(c.key(), name(c), List.of(c.key()), Metric.PRIMARY, c.primary().unit(),
                        c.primary().higherIsBetter(c.mode()), Verdict.NEW, "not in the baseline"));
            }
        }
        return rows;
    }

    private static Gate.Pending row(BenchmarkResult b, Metric bm, Metric cm) {
        boolean higher = bm.higherIsBetter(b.mode());
        String metric = bm.name();
        List<String> sources = List.of(b.key());
        if (bm.unit() != null && cm.unit() != null && !bm.unit().equals(cm.unit())) {
            return Gate.Pending.untested(b.key(), name(b), sources, metric, bm.unit(), higher, Verdict.INCONCLUSIVE,
                    "units differ: " + bm.unit() + " vs " + cm.unit());
        }
        LogSample.Extraction be = LogSample.extract(bm);
        LogSample.Extraction ce = LogSample.extract(cm);
        if (be.problem() != null || ce.problem() != null) {
            String note = Gate.join(be.problem() == null ? "" : "baseline: " + be.problem(),
                    ce.problem() == null ? "" : "candidate: " + ce.problem());
            return Gate.Pending.untested(b.key(), name(b), sources, metric, bm.unit(), higher, Verdict.INCONCLUSIVE,
                    note.startsWith("; ") ? note.substring(2) : note);
        }
        LogSample bs = be.sample();
        LogSample cs = ce.sample();
        return new Gate.Pending(b.key(), name(b), sources, metric, bm.unit(), higher, bs.n(), bs.centre(), bs.spread(),
                cs.n(), cs.centre(), cs.spread(), Contrast.difference(bs.logs(), cs.logs()), null, "");
    }

    private static Map<String, BenchmarkResult> byKey(List<BenchmarkResult> results) {
        Map<String, BenchmarkResult> m = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            m.put(r.key(), r);
        }
        return m;
    }

    /** {@code Class.method param=value ...}, e.g. {@code FindBenchmark.fair corpus=don-quixote strategy=mappedSegment}. */
    static String name(BenchmarkResult r) {
        StringBuilder sb = new StringBuilder(r.className().isEmpty() ? r.benchmark() : r.className() + "." + r.method());
        if (r.mode() != null && r.mode() != org.mmapbench.results.BenchMode.AVERAGE_TIME) {
            sb.append(" (").append(r.mode().shortName()).append(')');
        }
        r.params().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }
}
