package org.mmapbench.gate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of comparing a candidate run with a baseline: one row per compared quantity, the
 * environment comparison, and the overall {@link GateOutcome}.
 *
 * @param options how the comparison was made
 * @param baselineRun the baseline's run id
 * @param candidateRun the candidate's run id
 * @param environment differences between the two environments' fingerprints
 * @param refused true when absolute values from different environments were not compared (no rows)
 * @param rows the rows, sorted by key and metric
 */
public record GateResult(GateOptions options, String baselineRun, String candidateRun, EnvironmentComparison environment,
        boolean refused, List<GateRow> rows) {

    /** Copies the list. */
    public GateResult {
        rows = List.copyOf(rows);
    }

    /** The rows with one verdict. */
    public List<GateRow> rows(Verdict verdict) {
        List<GateRow> out = new ArrayList<>();
        for (GateRow r : rows) {
            if (r.verdict() == verdict) {
                out.add(r);
            }
        }
        return out;
    }

    /** How many rows have a verdict. */
    public int count(Verdict verdict) {
        return rows(verdict).size();
    }

    /** Number of rows that were tested. */
    public int tested() {
        return (int) rows.stream().filter(GateRow::tested).count();
    }

    /**
     * Keys of the benchmarks behind every regressed row, in row order, without repeats: what the
     * confirmation step re-runs (see {@link Gate#confirm}).
     */
    public Set<String> regressedKeys() {
        return keysWith(EnumSet.of(Verdict.REGRESSED));
    }

    /** The benchmark keys behind every row that regressed or improved: what an interleaved confirmation re-runs. */
    public Set<String> flaggedKeys() {
        return keysWith(EnumSet.of(Verdict.REGRESSED, Verdict.IMPROVED));
    }

    private Set<String> keysWith(Set<Verdict> verdicts) {
        Set<String> keys = new LinkedHashSet<>();
        for (GateRow r : rows) {
            if (verdicts.contains(r.verdict())) {
                keys.addAll(r.sources());
            }
        }
        return keys;
    }

    /**
     * The overall outcome: {@link GateOutcome#REGRESSED} on any regression; {@link GateOutcome#INCONCLUSIVE}
     * when the environments were refused, any row is inconclusive, or nothing could be tested; else
     * {@link GateOutcome#PASS}.
     */
    public GateOutcome outcome() {
        if (refused) {
            return GateOutcome.INCONCLUSIVE;
        }
        if (count(Verdict.REGRESSED) > 0) {
            return GateOutcome.REGRESSED;
        }
        if (count(Verdict.INCONCLUSIVE) > 0 || tested() == 0) {
            return GateOutcome.INCONCLUSIVE;
        }
        return GateOutcome.PASS;
    }

    /** One line that says what happened, e.g. {@code FAIL: 1 regressed (FindBenchmark.fair ...) of 12 tested}. */
    public String headline() {
        if (refused) {
            return "INCONCLUSIVE: environments differ, absolute results not compared (" + environment.describe()
                    + "); use --relative, or --allow-env-mismatch to compare anyway";
        }
        StringBuilder sb = new StringBuilder();
        switch (outcome()) {
            case REGRESSED -> sb.append("FAIL: ");
            case INCONCLUSIVE -> sb.append("INCONCLUSIVE: ");
            case PASS -> sb.append("PASS: ");
        }
        sb.append(tested()).append(" tested");
        for (Verdict v : Verdict.values()) {
            int n = count(v);
            if (n > 0) {
                sb.append(", ").append(n).append(' ').append(v.label());
            }
        }
        List<GateRow> bad = rows(Verdict.REGRESSED);
        if (!bad.isEmpty()) {
            sb.append(" - regressed: ");
            for (int i = 0; i < bad.size(); i++) {
                GateRow r = bad.get(i);
                sb.append(i == 0 ? "" : "; ").append(r.name()).append(" [").append(r.metric()).append("] ")
                        .append(GateFormat.percent(r.delta()));
            }
        }
        return sb.toString();
    }
}
