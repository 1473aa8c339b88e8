package org.mmapbench.report;

import java.util.List;

/**
 * The write workloads' sections of {@code summary.md}: the durability 2 x 2 per workload and the
 * write modes ({@link WriteTables}). Nothing is written when the runs have none of these benchmarks.
 */
final class WritesMarkdown {
    private WritesMarkdown() {
    }

    /** Appends the sections to {@code sb}. */
    static void append(ReportData data, StringBuilder sb) {
        List<WriteTables.Row> durability = WriteTables.durability(data);
        for (String workload : workloads(durability)) {
            sb.append("\n## Durability 2 x 2: ").append(SummaryMarkdown.cell(workload)).append(", none vs synced\n\n")
                    .append("| run | method | params | none | synced | synced / none | 95% CI | ")
                    .append(WriteTables.WRITE_BYTES).append(" none | ").append(WriteTables.WRITE_BYTES).append(" synced | ")
                    .append(WriteTables.SYSCW).append(" none | ").append(WriteTables.SYSCW).append(" synced |\n")
                    .append("| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |\n");
            for (WriteTables.Row r : durability) {
                if (r.workload().equals(workload)) {
                    row(sb, r, r.method());
                }
            }
        }
        List<WriteTables.Row> modes = WriteTables.writeModes(data);
        if (!modes.isEmpty()) {
            sb.append("\n## Write modes: READ_WRITE (shared) vs PRIVATE (copy-on-write), no sync\n\n")
                    .append("| run | workload / strategy | params | READ_WRITE | PRIVATE | PRIVATE / READ_WRITE | 95% CI | ")
                    .append(WriteTables.WRITE_BYTES).append(" READ_WRITE | ").append(WriteTables.WRITE_BYTES).append(" PRIVATE | ")
                    .append(WriteTables.SYSCW).append(" READ_WRITE | ").append(WriteTables.SYSCW).append(" PRIVATE |\n")
                    .append("| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |\n");
            for (WriteTables.Row r : modes) {
                row(sb, r, r.workload() + " / " + r.method());
            }
        }
    }

    private static List<String> workloads(List<WriteTables.Row> rows) {
        return rows.stream().map(WriteTables.Row::workload).distinct().toList();
    }

    private static void row(StringBuilder sb, WriteTables.Row r, String label) {
        sb.append("| ").append(SummaryMarkdown.cell(r.runId())).append(" | ").append(SummaryMarkdown.cell(label)).append(" | ")
                .append(SummaryMarkdown.cell(r.params().isEmpty() ? "-" : r.params())).append(" | ")
                .append(SummaryMarkdown.cell(WriteTables.Side.time(r.first(), r.unit()))).append(" | ")
                .append(SummaryMarkdown.cell(WriteTables.Side.time(r.second(), r.unit()))).append(" | ")
                .append(r.ratioLabel()).append(" | ").append(r.ciLabel()).append(" | ")
                .append(WriteTables.Side.counter(r.first(), true)).append(" | ").append(WriteTables.Side.counter(r.second(), true)).append(" | ")
                .append(WriteTables.Side.counter(r.first(), false)).append(" | ").append(WriteTables.Side.counter(r.second(), false))
                .append(" |\n");
    }
}
