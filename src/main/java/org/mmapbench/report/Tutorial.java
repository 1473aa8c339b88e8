package org.mmapbench.report;

import java.util.ArrayList;
import java.util.List;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.PythonResults;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.StrategyPairs;

/**
 * The five comparisons of the classic Python article on {@code mmap} (Real Python, "Python mmap:
 * Improved File I/O With Memory Mapping"), measured on Don Quixote, and how to find their Java
 * counterparts among the speedups.
 *
 * <p>The article's ratios (regular time / mmap time, about): read the whole file 4x, find the first
 * " the " 20x, regex 1.4x, seek to 10000 then find 25x, find-and-replace 0.7x. The Java ratio for a
 * comparison is the speedup on corpus {@value #CORPUS} with a warm (or unset) cache, mode avgt
 * preferred, mapped strategy {@code mappedSegment} preferred over {@code mappedBuffer}, from the
 * first run that has it. Beside it: the article's Python timed here ({@code python.json}), the literal
 * variant (the article's code line by line), and the fair mapped cell against the strongest regular
 * contender ({@link #CONTENDER}).
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

    /**
     * The five rows, in the article's order.
     *
     * @param speedups every pair of every run
     * @param runs the runs, for the contender comparison (the first run that has both cells)
     * @param python the article's Python timed on this machine, or null when not measured
     * @param sizes corpus sizes, for the contender row
     */
    public static List<TutorialRow> of(List<SpeedupRow> speedups, List<RunResults> runs, PythonResults python, CorpusSizes sizes) {
        List<TutorialRow> rows = new ArrayList<>();
        for (Comparison c : COMPARISONS) {
            SpeedupRow literal = pick(speedups, c.workload(), "literal");
            SpeedupRow idiomatic = pick(speedups, c.workload(), "idiomatic");
            SpeedupRow fair = pick(speedups, c.workload(), "fair");
            SpeedupRow contender = contender(runs, c.workload(), sizes);
            Double py = python == null ? null : python.ratio(c.name()).orElse(null);
            String pyNote = python == null ? "not measured: no " + PythonResults.FILE_NAME + " in these results"
                    : py == null ? "no ratio: a function failed or disagrees with the reference (see " + PythonResults.FILE_NAME + ")"
                    : !python.corpus().equals(CORPUS) ? "measured on " + python.corpus() : "";
            rows.add(new TutorialRow(c.name(), c.workload(), c.articleRatio(), py, pyNote,
                    literal, literal == null ? reason(c, "literal") : "",
                    idiomatic, idiomatic == null ? reason(c, "idiomatic") : "",
                    fair, fair == null ? reason(c, "fair") : "",
                    contender, contender == null ? "not measured: no " + c.workload() + "/windowed/" + CONTENDER.strategy()
                            + " (" + CONTENDER.label() + ") beside " + c.workload() + "/fair/mapped* on " + CORPUS + " in one run" : ""));
        }
        return rows;
    }

    /**
     * The strongest regular contender, fixed before anything is measured (not picked from the data it
     * is compared with, which would bias the ratio toward mapped): the windowed variant through
     * {@code pread} with a 64 KiB window.
     *
     * @param strategy the windowed variant's strategy
     * @param bufferSize its window in bytes
     */
    public record Contender(String strategy, int bufferSize) {
        /** {@code windowed pread, 64 KiB}. */
        public String label() {
            return "windowed " + strategy + ", " + (bufferSize % 1024 == 0 ? bufferSize / 1024 + " KiB" : bufferSize + " bytes");
        }
    }

    /** The contender of every comparison. */
    public static final Contender CONTENDER = new Contender("pread", 64 * 1024);

    /**
     * The fair mapped cell ({@code mappedSegment} preferred) against {@link #CONTENDER} for
     * {@code workload} on {@value #CORPUS}, warm, from the first run that has both; null if none.
     */
    static SpeedupRow contender(List<RunResults> runs, String workload, CorpusSizes sizes) {
        for (RunResults run : runs) {
            BenchmarkResult regular = null;
            BenchmarkResult mapped = null;
            int mappedRank = Integer.MAX_VALUE;
            for (BenchmarkResult r : run.results()) {
                if (!r.workload().equals(workload) || !CORPUS.equals(r.param(ResultRows.CORPUS)) || r.mode() != BenchMode.AVERAGE_TIME
                        || !(r.param(Speedups.CACHE) == null || "warm".equals(r.param(Speedups.CACHE)))) {
                    continue;
                }
                String strategy = r.param(StrategyPairs.STRATEGY);
                String buffer = r.param("bufferSize");
                if (r.method().equals("windowed") && CONTENDER.strategy().equals(strategy)
                        && (buffer == null || buffer.equals(Integer.toString(CONTENDER.bufferSize())))) {
                    regular = r;
                }
                int rank = MAPPED_PREFERENCE.indexOf(strategy);
                if (r.method().equals("fair") && rank >= 0 && rank < mappedRank) {
                    mapped = r;
                    mappedRank = rank;
                }
            }
            if (regular != null && mapped != null) {
                return Speedups.row(run, new StrategyPairs.Pair("contender", regular, mapped), sizes);
            }
        }
        return null;
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
