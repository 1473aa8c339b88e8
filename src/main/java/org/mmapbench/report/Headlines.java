package org.mmapbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.mmapbench.results.PythonResults;

/**
 * The report's headline findings as plain sentences with numbers, computed from the speedups: one per
 * tutorial comparison that was measured, then a tally of all comparisons.
 *
 * <p>A sentence says "faster" or "slower" only when the 95% interval excludes 1; otherwise it says
 * there is no clear difference. Each tutorial sentence then says what the operating system counted per
 * operation on each side ({@link CounterFacts}: read and write calls, bytes, page faults, storage
 * bytes, from the {@code os.*} metrics), so the mechanism behind the ratio is stated as measured
 * counts, never guessed; without those metrics the sentence says nothing about mechanisms.
 */
public final class Headlines {

    private Headlines() {
    }

    /** The headline sentences. */
    public static List<String> of(List<TutorialRow> tutorial, List<SpeedupRow> speedups, List<ResultRow> rows, PythonResults python) {
        List<String> out = new ArrayList<>();
        for (TutorialRow t : tutorial) {
            if (t.fair() != null) {
                out.add(sentence(t.fair(), t.comparison(), t.contender(), rows));
            } else if (t.idiomatic() != null) {
                out.add(sentence(t.idiomatic(), t.comparison(), null, rows));
            }
        }
        if (speedups.isEmpty()) {
            out.add("These results hold no mapped-vs-regular pairs (benchmarks with a 'strategy' parameter naming a mapped and a regular strategy); "
                    + count(rows) + " benchmark" + (count(rows) == 1 ? " is" : "s are") + " reported below as measured.");
        } else {
            int faster = 0;
            int slower = 0;
            int unclear = 0;
            SpeedupRow best = null;
            SpeedupRow worst = null;
            for (SpeedupRow s : speedups) {
                switch (s.verdict()) {
                    case "mapped faster" -> faster++;
                    case "mapped slower" -> slower++;
                    default -> unclear++;
                }
                if (!Double.isNaN(s.ratio())) {
                    best = best == null || s.ratio() > best.ratio() ? s : best;
                    worst = worst == null || s.ratio() < worst.ratio() ? s : worst;
                }
            }
            out.add("Of " + speedups.size() + " mapped-vs-regular comparison" + (speedups.size() == 1 ? "" : "s") + ", "
                    + faster + " show mapped faster, " + slower + " mapped slower and " + unclear
                    + " no clear difference or no interval (95% bootstrap intervals over forks).");
            if (best != null && !best.equals(worst)) {
                out.add("Largest speedup: " + describe(best) + " at " + Numbers.human(best.ratio()) + "x (" + best.verdict()
                        + "); smallest: " + describe(worst) + " at " + Numbers.human(worst.ratio()) + "x (" + worst.verdict() + ").");
            }
        }
        long lower = rows.stream().filter(r -> r.primary() && r.lowerConfidence()).count();
        if (lower > 0) {
            out.add(lower + " benchmark" + (lower == 1 ? " was" : "s were")
                    + " run without raw data: only JMH's score and error are known, so their intervals are lower-confidence.");
        }
        out.add(python(tutorial, python));
        return out;
    }

    private static long count(List<ResultRow> rows) {
        return rows.stream().filter(ResultRow::primary).count();
    }

    /** The clause naming the second regular baseline: the strongest regular contender, fixed in advance. */
    static String contender(SpeedupRow c) {
        String name = "the strongest regular contender (" + Tutorial.CONTENDER.label() + ")";
        if (c == null) {
            return "; " + name + " was not measured with these results";
        }
        String ci = c.ci().known() ? "95% CI " + Numbers.human(c.ci().low()) + " to " + Numbers.human(c.ci().high())
                : "no interval: " + c.method();
        return switch (c.verdict()) {
            case "mapped faster" -> ", and " + Numbers.human(c.ratio()) + "x faster than " + name + " (" + ci + ")";
            case "mapped slower" -> ", and takes " + Numbers.human(1 / c.ratio()) + "x the time of " + name + " (speedup "
                    + Numbers.human(c.ratio()) + ", " + ci + ")";
            case "inconclusive" -> "; against " + name + " there is no clear difference (" + Numbers.human(c.ratio()) + "x, the "
                    + ci + " spans 1)";
            default -> "; against " + name + " it measures " + Numbers.human(c.ratio()) + "x (" + ci + ", a rough figure)";
        };
    }

    /**
     * Workloads whose mmapbench benchmarks have no {@code cache} parameter because they run on the
     * canonical warm page cache by construction (regex on {@code WarmState}, replace and patch on a
     * copy cached the canonical way); a sentence about another benchmark without one names no cache state.
     */
    static final java.util.Set<String> WARM_BY_CONSTRUCTION = java.util.Set.of("regex", "replace", "patch");

    static String describe(SpeedupRow s) {
        StringBuilder sb = new StringBuilder(s.workload()).append('/').append(s.variantLabel());
        if (!s.corpus().isEmpty()) {
            sb.append(" on ").append(s.corpus());
        }
        if (!s.cache().isEmpty()) {
            sb.append(", ").append(s.cache()).append(" cache");
        }
        sb.append(" (").append(s.mappedStrategy()).append(" vs ").append(s.regularStrategy()).append(')');
        return sb.toString();
    }

    /** What the article's Python measured here says, or that it was not measured. */
    static String python(List<TutorialRow> tutorial, PythonResults python) {
        if (python == null) {
            return "The article's Python functions were not timed with these results (no " + PythonResults.FILE_NAME
                    + ": python3 was not on the PATH, the run used --no-python or the smoke profile, or the script failed).";
        }
        StringJoiner ratios = new StringJoiner(", ");
        for (TutorialRow t : tutorial) {
            ratios.add(t.comparison() + " " + (t.python() == null ? "no ratio" : Numbers.human(t.python()) + "x"));
        }
        return "The article's Python, timed here (" + python.pythonImplementation() + " " + python.pythonVersion() + " on "
                + python.corpus() + ", median of each function's calls, load average " + (python.loadAverage().isEmpty()
                ? "unknown" : python.loadAverage()) + "), regular time / mmap time: " + ratios + ".";
    }

    /**
     * One sentence for one speedup, naming its regular baseline and, when given, the strongest regular
     * contender, with the OS counters of each side when {@code rows} hold them.
     */
    static String sentence(SpeedupRow s, String comparison, SpeedupRow contender, List<ResultRow> rows) {
        StringBuilder sb = new StringBuilder("On ").append(s.corpus());
        if (s.corpusBytes() > 0) {
            sb.append(" (").append(Numbers.human(s.corpusBytes() / 1e6)).append(" MB)");
        }
        String cache = !s.cache().isEmpty() ? s.cache() : WARM_BY_CONSTRUCTION.contains(s.workload()) ? "warm" : "";
        sb.append(cache.isEmpty() ? "" : ", " + cache + " cache").append(", mapped ")
                .append(comparison).append(" (").append(s.mappedStrategy()).append(", ").append(s.variant())
                .append(" variant) ");
        String ci = s.ci().known()
                ? "95% CI " + Numbers.human(s.ci().low()) + " to " + Numbers.human(s.ci().high())
                : "no interval: " + s.method();
        switch (s.verdict()) {
            case "mapped faster" -> sb.append("is ").append(Numbers.human(s.ratio())).append("x faster than ")
                    .append(s.regularStrategy()).append(" (").append(ci).append(')');
            case "mapped slower" -> sb.append("is slower than ").append(s.regularStrategy()).append(": it takes ")
                    .append(Numbers.human(1 / s.ratio())).append("x the time (speedup ").append(Numbers.human(s.ratio()))
                    .append(", ").append(ci).append(')');
            case "inconclusive" -> sb.append("shows no clear difference from ").append(s.regularStrategy()).append(": ")
                    .append(Numbers.human(s.ratio())).append("x, and the ").append(ci).append(" spans 1");
            default -> sb.append("measures ").append(Numbers.human(s.ratio())).append("x against ").append(s.regularStrategy())
                    .append(" (").append(ci).append(", so treat it as a rough figure)");
        }
        if (s.variant().equals("fair")) {
            sb.append(contender(contender));
        }
        String counted = CounterFacts.clause(rows, s, s.variant().equals("fair") ? contender : null);
        if (!counted.isEmpty()) {
            sb.append("; ").append(counted);
        }
        return sb.append('.').toString();
    }
}
