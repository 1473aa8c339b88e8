package org.mmapbench.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The gate's terminal table, in the spirit of benchstat: one line per row with baseline, candidate,
 * change with its 95% interval, Holm-adjusted p, minimum detectable effect and verdict.
 */
public final class GateTable {

    private static final String[] HEADER = {"benchmark", "metric", "unit", "baseline", "candidate", "delta [95% CI]",
        "p(Holm)", "MDE", "verdict"};

    private GateTable() {
    }

    /** The whole text: context lines, the table, notes, and the headline last. */
    public static String render(GateResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("baseline: ").append(result.baselineRun()).append("   candidate: ").append(result.candidateRun()).append('\n');
        sb.append(GateFormat.method(result)).append('\n');
        if (!result.environment().comparable()) {
            sb.append("environments differ: ").append(result.environment().describe()).append('\n');
        }
        if (!result.rows().isEmpty()) {
            sb.append("baseline/candidate: geometric mean of per-fork medians ±between-fork spread (forks, and how many of them are unsteady when any)\n\n");
            List<String[]> lines = new ArrayList<>();
            lines.add(HEADER);
            for (GateRow r : result.rows()) {
                lines.add(cells(r));
            }
            int[] width = new int[HEADER.length];
            for (String[] l : lines) {
                for (int i = 0; i < l.length; i++) {
                    width[i] = Math.max(width[i], l[i].length());
                }
            }
            for (String[] l : lines) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < l.length; i++) {
                    line.append(i == 0 ? "" : "  ").append(l[i]).append(" ".repeat(width[i] - l[i].length()));
                }
                sb.append(line.toString().stripTrailing()).append('\n');
            }
            boolean anyNote = false;
            for (GateRow r : result.rows()) {
                if (!r.note().isEmpty()) {
                    if (!anyNote) {
                        sb.append("\nnotes:\n");
                        anyNote = true;
                    }
                    sb.append("  ").append(r.name()).append(" [").append(r.metric()).append("]: ").append(r.note()).append('\n');
                }
            }
            sb.append('\n');
        }
        sb.append(result.headline()).append('\n');
        return sb.toString();
    }

    private static String[] cells(GateRow r) {
        return new String[] {r.name(), r.metric(), r.unit() == null ? "" : r.unit(),
            GateFormat.side(r.baselineCentre(), r.baselineSpread(), r.baselineForks(), r.baselineUnsteady()),
            GateFormat.side(r.candidateCentre(), r.candidateSpread(), r.candidateForks(), r.candidateUnsteady()),
            GateFormat.delta(r), GateFormat.p(r.pAdjusted()), GateFormat.plainPercent(r.mde()), r.verdict().label()};
    }
}
