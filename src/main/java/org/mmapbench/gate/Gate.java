package org.mmapbench.gate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.SteadyState;
import org.mmapbench.stats.Bootstrap;
import org.mmapbench.stats.Contrast;
import org.mmapbench.stats.Holm;
import org.mmapbench.stats.Interval;
import org.mmapbench.stats.MinimumDetectableEffect;
import org.mmapbench.stats.Statistic;
import org.mmapbench.stats.Welch;

/**
 * The regression gate: compares a candidate run with a baseline run and decides, per row, whether it
 * regressed, improved or stayed the same.
 *
 * <p>Per row: the log per-fork medians of each side ({@link LogSample}), the ratio of their geometric
 * means (a {@link Contrast} of mean logs) with a seeded 95% bootstrap interval of that same statistic
 * over forks ({@link Bootstrap}, {@link Statistic#meanContrast}), Welch's t-test on the logs
 * ({@link Welch}), Holm's correction over every tested row ({@link Holm}), the verdict rule
 * ({@link VerdictRule}) and the minimum detectable effect ({@link MinimumDetectableEffect}). Rows come
 * from {@link AbsoluteRows} (each benchmark's primary metric and {@code gc.alloc.rate.norm}) or, with
 * {@link GateOptions#relative()}, from {@link RelativeRows} (mapped-vs-regular speedups).
 *
 * <p>Welch's t-test rather than an exact Mann-Whitney U test, because its p-value can reach the
 * Holm-corrected level with the fork counts benchmarks can afford: with 5 forks a side the smallest
 * two-sided exact U p-value is 2/252 = 0.0079, above 0.05/60 = 0.00083, so a rank test could never
 * flag anything in a 60-row suite. On log per-fork medians the t-test's normality assumption is mild
 * (fork medians of timings are close to lognormal), and the seeded calibration tests check its error
 * rates directly.
 */
public final class Gate {

    private Gate() {
    }

    /** A row before the suite-wide correction: either a contrast to test or a fixed verdict. */
    record Pending(String key, String name, List<String> sources, String metric, String unit, boolean higherIsBetter,
            int baselineForks, double baselineCentre, double baselineSpread, int candidateForks, double candidateCentre,
            double candidateSpread, Contrast contrast, Verdict fixed, String note) {

        /** A row that cannot be tested, with its verdict and reason. */
        static Pending untested(String key, String name, List<String> sources, String metric, String unit,
                boolean higherIsBetter, Verdict verdict, String note) {
            return new Pending(key, name, sources, metric, unit, higherIsBetter, 0, Double.NaN, Double.NaN, 0,
                    Double.NaN, Double.NaN, null, verdict, note);
        }
    }

    /**
     * Compares {@code candidate} with {@code baseline}. In absolute mode, runs from environments with
     * different fingerprints give a refused result (exit code 2) unless
     * {@link GateOptions#allowEnvMismatch()}.
     */
    public static GateResult compare(RunResults baseline, RunResults candidate, GateOptions options) {
        EnvironmentComparison env = EnvironmentComparison.of(baseline.environment(), candidate.environment());
        if (!options.relative() && !env.comparable() && !options.allowEnvMismatch()) {
            return new GateResult(options, baseline.runId(), candidate.runId(), env, true, List.of());
        }
        List<Pending> pending = options.relative()
                ? RelativeRows.of(baseline.results(), candidate.results())
                : AbsoluteRows.of(baseline.results(), candidate.results());
        return new GateResult(options, baseline.runId(), candidate.runId(), env, false,
                withUnsteadyForks(decide(pending, options), baseline, candidate));
    }

    /**
     * The rows with the number of unsteady forks ({@link SteadyState}) behind each primary and speedup
     * row, per side, summed over the row's source benchmarks; other rows keep -1 (not checked).
     */
    static List<GateRow> withUnsteadyForks(List<GateRow> rows, RunResults baseline, RunResults candidate) {
        Map<String, BenchmarkResult> base = byKey(baseline);
        Map<String, BenchmarkResult> cand = byKey(candidate);
        List<GateRow> out = new ArrayList<>();
        for (GateRow r : rows) {
            boolean timed = "primary".equals(r.metric()) || RelativeRows.SPEEDUP.equals(r.metric());
            out.add(timed ? r.withUnsteady(unsteady(r.sources(), base), unsteady(r.sources(), cand)) : r);
        }
        return out;
    }

    private static int unsteady(List<String> sources, Map<String, BenchmarkResult> results) {
        int count = -1;
        for (String key : sources) {
            BenchmarkResult b = results.get(key);
            List<Integer> forks = b == null ? null : SteadyState.unsteadyForks(b.primary(), b.mode());
            if (forks != null) {
                count = Math.max(count, 0) + forks.size();
            }
        }
        return count;
    }

    private static Map<String, BenchmarkResult> byKey(RunResults run) {
        Map<String, BenchmarkResult> m = new LinkedHashMap<>();
        run.results().forEach(b -> m.put(b.key(), b));
        return m;
    }

    /** Tests every pending row, corrects the p-values over the tested ones, and applies the verdict rule. */
    static List<GateRow> decide(List<Pending> pending, GateOptions options) {
        List<Pending> sorted = new ArrayList<>(pending);
        sorted.sort(Comparator.comparing(Pending::key).thenComparing(p -> metricOrder(p.metric())));
        List<Integer> testedIdx = new ArrayList<>();
        double[] raw = new double[sorted.size()];
        Welch.Result[] tests = new Welch.Result[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Pending p = sorted.get(i);
            if (p.contrast() != null) {
                tests[i] = Welch.test(p.contrast());
                testedIdx.add(i);
            }
        }
        double[] testedP = new double[testedIdx.size()];
        for (int j = 0; j < testedP.length; j++) {
            testedP[j] = tests[testedIdx.get(j)].p();
        }
        double[] adjusted = Holm.adjust(testedP);
        double[] adjustedByRow = new double[sorted.size()];
        java.util.Arrays.fill(adjustedByRow, Double.NaN);
        java.util.Arrays.fill(raw, Double.NaN);
        for (int j = 0; j < testedP.length; j++) {
            adjustedByRow[testedIdx.get(j)] = adjusted[j];
            raw[testedIdx.get(j)] = testedP[j];
        }
        int m = testedP.length;
        Bootstrap bootstrap = new Bootstrap(options.resamples(), options.seed(), 0.95);
        List<GateRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Pending p = sorted.get(i);
            if (p.contrast() == null) {
                rows.add(row(p, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, p.fixed(), p.note()));
                continue;
            }
            Contrast c = p.contrast();
            Interval ci = bootstrap.interval(p.key() + "#" + p.metric(), Statistic.meanContrast(c.signs()), c.values()).exp();
            double ratio = Math.exp(c.estimate());
            double lo = ci.low();
            double hi = ci.high();
            double mde = MinimumDetectableEffect.of(c.standardError(), tests[i].degreesOfFreedom(), options.alpha(), m,
                    options.threshold());
            Verdict v = VerdictRule.decide(lo, hi, adjustedByRow[i], options.alpha(), options.threshold(), p.higherIsBetter());
            String note = p.note();
            if (v == Verdict.UNCHANGED && adjustedByRow[i] < options.alpha()) {
                note = join(note, "significant but within the " + GateFormat.percent(options.threshold()).substring(1) + " threshold");
            }
            rows.add(row(p, ratio, lo, hi, raw[i], adjustedByRow[i], mde, v, note));
        }
        return rows;
    }

    private static GateRow row(Pending p, double ratio, double lo, double hi, double raw, double adj, double mde,
            Verdict v, String note) {
        return new GateRow(p.key(), p.name(), p.sources(), p.metric(), p.unit(), p.higherIsBetter(), p.baselineForks(),
                p.baselineCentre(), p.baselineSpread(), p.candidateForks(), p.candidateCentre(), p.candidateSpread(),
                ratio, lo, hi, raw, adj, mde, v, note, -1, -1);
    }

    /** Primary first, then other metrics by name. */
    private static String metricOrder(String metric) {
        return ("primary".equals(metric) || "speedup".equals(metric) ? "0" : "1") + metric;
    }

    static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : a + "; " + b;
    }

    /**
     * The candidate with every benchmark that also appears in {@code rerun} replaced by the re-run's
     * result (same key); other benchmarks, the run id and the environment stay. Re-run benchmarks the
     * candidate does not have are ignored.
     */
    public static RunResults replaceRows(RunResults candidate, RunResults rerun) {
        Map<String, BenchmarkResult> fresh = new LinkedHashMap<>();
        for (BenchmarkResult r : rerun.results()) {
            fresh.put(r.key(), r);
        }
        List<BenchmarkResult> merged = new ArrayList<>();
        for (BenchmarkResult r : candidate.results()) {
            merged.add(fresh.getOrDefault(r.key(), r));
        }
        return new RunResults(candidate.runId(), candidate.source(), candidate.environment(), merged);
    }

    /**
     * The confirmation step when the baseline's build is at hand: every benchmark the first comparison
     * called regressed or improved ({@link GateResult#flaggedKeys()}) was measured again with both builds,
     * their forks interleaved, and that second comparison decides those rows. A stored baseline ran
     * minutes or days earlier, so a drift of the machine between the two runs (a disk whose
     * {@code fsync} latency moved, other load) looks like a change of code to the first comparison; the
     * re-run measures both builds in the same minutes, so only a change of code survives it. Rows the
     * first comparison left unchanged, new, missing or inconclusive keep its verdict.
     *
     * @param first the comparison of the candidate with the stored baseline
     * @param rerunBaseline the baseline build's forks of the flagged benchmarks
     * @param rerunCandidate the candidate build's forks of them, interleaved with the baseline's
     * @return the first comparison's rows, the flagged ones replaced by the re-run's
     */
    public static GateResult confirmInterleaved(GateResult first, RunResults rerunBaseline, RunResults rerunCandidate) {
        GateResult second = compare(rerunBaseline, rerunCandidate, first.options());
        Map<String, GateRow> again = new LinkedHashMap<>();
        for (GateRow r : second.rows()) {
            again.put(r.key() + "#" + r.metric(), r);
        }
        List<GateRow> rows = new ArrayList<>();
        for (GateRow r : first.rows()) {
            boolean flagged = r.verdict() == Verdict.REGRESSED || r.verdict() == Verdict.IMPROVED;
            GateRow a = flagged ? again.get(r.key() + "#" + r.metric()) : null;
            if (a == null) {
                rows.add(r);
                continue;
            }
            String was = "against the stored baseline " + r.verdict().label() + " " + GateFormat.percent(r.delta());
            String how = a.verdict() == r.verdict() ? "confirmed by an interleaved re-run (" : "not confirmed by an interleaved re-run (";
            rows.add(a.withVerdict(a.verdict(), join(a.note(), how + was + ")")));
        }
        return new GateResult(first.options(), first.baselineRun(), first.candidateRun(), first.environment(), first.refused(), rows);
    }

    /**
     * The confirmation step: compares again with the flagged benchmarks replaced by a re-run of them
     * ({@link #replaceRows}); a row stays regressed only if it regressed in both comparisons.
     *
     * @param first the comparison of {@code candidate} with {@code baseline}
     * @param rerun a run of (at least) {@code first.regressedKeys()}
     * @return the second comparison, with unconfirmed regressions noted
     */
    public static GateResult confirm(RunResults baseline, RunResults candidate, GateResult first, RunResults rerun) {
        GateResult second = compare(baseline, replaceRows(candidate, rerun), first.options());
        Map<String, Verdict> before = new LinkedHashMap<>();
        for (GateRow r : first.rows()) {
            before.put(r.key() + "#" + r.metric(), r.verdict());
        }
        List<GateRow> rows = new ArrayList<>();
        for (GateRow r : second.rows()) {
            Verdict was = before.get(r.key() + "#" + r.metric());
            if (r.verdict() == Verdict.REGRESSED && was != Verdict.REGRESSED) {
                rows.add(r.withVerdict(Verdict.UNCHANGED, join(r.note(), "regressed only in the re-run comparison, not confirmed")));
            } else if (r.verdict() == Verdict.REGRESSED) {
                rows.add(r.withVerdict(Verdict.REGRESSED, join(r.note(), "confirmed by a re-run")));
            } else if (was == Verdict.REGRESSED) {
                rows.add(r.withVerdict(r.verdict(), join(r.note(), "regressed in the first run, not confirmed by the re-run")));
            } else {
                rows.add(r);
            }
        }
        return new GateResult(second.options(), second.baselineRun(), second.candidateRun(), second.environment(),
                second.refused(), rows);
    }
}
