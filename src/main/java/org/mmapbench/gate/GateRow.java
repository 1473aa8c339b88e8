package org.mmapbench.gate;

import java.util.List;

/**
 * One line of the gate's verdict table: a benchmark's metric (or a mapped-vs-regular pair's speedup)
 * in the baseline and the candidate, with the change, its uncertainty and the verdict.
 *
 * <p>Centres are geometric means of the per-fork medians; spreads are the between-fork standard
 * deviations of their logarithms (for small values, the coefficient of variation). Statistics that do
 * not apply to a row (e.g. for a {@link Verdict#NEW} row) are NaN.
 *
 * @param key unique id: benchmark key (name:mode[params]) or, for relative rows, group key and strategies
 * @param name a short readable name, e.g. {@code FindBenchmark.fair corpus=don-quixote strategy=mappedSegment}
 * @param sources keys of the benchmarks the row is computed from (re-run these to confirm it)
 * @param metric {@code primary}, {@code gc.alloc.rate.norm}, or {@code speedup} in relative mode
 * @param unit the metric's unit ({@code x} for speedups)
 * @param higherIsBetter whether a larger value is an improvement
 * @param baselineForks forks on the baseline side
 * @param baselineCentre baseline centre
 * @param baselineSpread baseline spread
 * @param candidateForks forks on the candidate side
 * @param candidateCentre candidate centre
 * @param candidateSpread candidate spread
 * @param ratio candidate centre / baseline centre
 * @param ciLow lower end of the 95% bootstrap interval of the ratio
 * @param ciHigh upper end of that interval
 * @param p Welch's two-sided p-value
 * @param pAdjusted the Holm-adjusted p-value
 * @param mde minimum detectable effect as a fraction (see {@link MinimumDetectableEffect})
 * @param verdict the verdict
 * @param note why a row is inconclusive, or other context; empty if none
 * @param baselineUnsteady how many of the baseline's forks behind a primary or speedup row the
 *        steady-state rule flags ({@link org.mmapbench.results.SteadyState}); -1 when not checked
 * @param candidateUnsteady the same for the candidate
 */
public record GateRow(String key, String name, List<String> sources, String metric, String unit, boolean higherIsBetter,
        int baselineForks, double baselineCentre, double baselineSpread, int candidateForks, double candidateCentre,
        double candidateSpread, double ratio, double ciLow, double ciHigh, double p, double pAdjusted, double mde,
        Verdict verdict, String note, int baselineUnsteady, int candidateUnsteady) {

    /** Copies the list; a null note becomes empty. */
    public GateRow {
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
    }

    /** The change as a fraction, {@code ratio - 1}. */
    public double delta() {
        return ratio - 1;
    }

    /** Whether the row was tested (has a p-value). */
    public boolean tested() {
        return !Double.isNaN(p);
    }

    /** A copy with another verdict and note. */
    public GateRow withVerdict(Verdict v, String newNote) {
        return new GateRow(key, name, sources, metric, unit, higherIsBetter, baselineForks, baselineCentre, baselineSpread,
                candidateForks, candidateCentre, candidateSpread, ratio, ciLow, ciHigh, p, pAdjusted, mde, v, newNote,
                baselineUnsteady, candidateUnsteady);
    }

    /** A copy with the unsteady fork counts of both sides. */
    public GateRow withUnsteady(int baseline, int candidate) {
        return new GateRow(key, name, sources, metric, unit, higherIsBetter, baselineForks, baselineCentre, baselineSpread,
                candidateForks, candidateCentre, candidateSpread, ratio, ciLow, ciHigh, p, pAdjusted, mde, verdict, note,
                baseline, candidate);
    }
}
