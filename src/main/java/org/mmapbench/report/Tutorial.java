package org.mmapbench.report;

import java.util.ArrayList;
import java.util.List;
import org.mmapbench.results.BenchMode;

/**
 * The five comparisons of the classic Python article on {@code mmap} (Real Python, "Python mmap:
 * Improved File I/O With Memory Mapping"), measured on Don Quixote, and how to find their Java
 * counterparts among the speedups.
 *
 * <p>The article's ratios (regular time / mmap time, about): read the whole file 4x, find the first
 * " the " 20x, regex 1.4x, seek to 10000 then find 25x, find-and-replace 0.7x. The Java ratio for a
 * comparison is the speedup on corpus {@value #CORPUS} with a warm (or unset) cache, mode avgt
 * preferred, mapped strategy {@code mappedSegment} preferred over {@code mappedBuffer}, from the
 * first run that has it.
 */
public final class Tutorial {
    /** The corpus the article used. */
    public static final String CORPUS = "don-quixote";
    /** Mapped strategies in order of preference. */
    public static final List<String> MAPPED_PREFERENCE = List.of("mappedSegment", "mappedBuffer");

    /** One comparison of the article: its name, mmapbench's workload and the published ratio. */
    record Comparison(String name, String workload, double articleRatio) {
    }

    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("read", "read", 4.0),
            new Comparison("find", "find", 20.0),
            new Comparison("regex", "regex", 1.4),
            new Comparison("seek-find", "seekFind", 25.0),
            new Comparison("find-and-replace", "replace", 0.7));

    private Tutorial() {
    }

    /** The five rows, in the article's order. */
    public static List<TutorialRow> of(List<SpeedupRow> speedups) {
        List<TutorialRow> rows = new ArrayList<>();
        for (Comparison c : COMPARISONS) {
            SpeedupRow idiomatic = pick(speedups, c.workload(), "idiomatic");
            SpeedupRow fair = pick(speedups, c.workload(), "fair");
            rows.add(new TutorialRow(c.name(), c.workload(), c.articleRatio(), idiomatic, idiomatic == null ? reason(c, "idiomatic") : "",
                    fair, fair == null ? reason(c, "fair") : ""));
        }
        return rows;
    }

    private static String reason(Comparison c, String variant) {
        return "not measured: no mapped-vs-regular pair for " + c.workload() + "/" + variant + " on " + CORPUS
                + " (warm or unset cache) in these results";
    }

    static SpeedupRow pick(List<SpeedupRow> speedups, String workload, String variant) {
        SpeedupRow best = null;
        int bestRank = Integer.MAX_VALUE;
        for (SpeedupRow s : speedups) {
            if (!s.workload().equals(workload) || !s.variant().equals(variant) || !CORPUS.equals(s.corpus())
                    || !(s.cache().isEmpty() || s.cache().equals("warm")) || !s.otherParams().isEmpty()) {
                continue;
            }
            int modeRank = s.mode() == BenchMode.AVERAGE_TIME ? 0 : s.mode().higherIsBetter() ? 2 : 1;
            int strategyRank = MAPPED_PREFERENCE.indexOf(s.mappedStrategy());
            if (strategyRank < 0) {
                strategyRank = MAPPED_PREFERENCE.size();
            }
            int rank = modeRank * 10 + strategyRank;
            if (rank < bestRank) {
                best = s;
                bestRank = rank;
            }
        }
        return best;
    }
}
