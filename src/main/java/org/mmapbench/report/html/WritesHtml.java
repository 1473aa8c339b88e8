package org.mmapbench.report.html;

import static org.mmapbench.util.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.WriteTables;

/**
 * The write workloads' sections of {@code index.html}: the durability 2 x 2 (one table per workload)
 * and the write modes ({@link WriteTables}); none when the runs have no such benchmark.
 */
final class WritesHtml {
    /** The anchor of the durability section. */
    static final String DURABILITY_ID = "durability";
    /** The anchor of the write-modes section. */
    static final String WRITE_MODES_ID = "write-modes";

    private WritesHtml() {
    }

    /** The table-of-contents entries ({@code {id, title}}) of the sections {@link #append} writes. */
    static List<String[]> toc(ReportData data) {
        List<String[]> out = new ArrayList<>();
        if (!WriteTables.durability(data).isEmpty()) {
            out.add(new String[] {DURABILITY_ID, "Durability 2 x 2"});
        }
        if (!WriteTables.writeModes(data).isEmpty()) {
            out.add(new String[] {WRITE_MODES_ID, "Write modes"});
        }
        return out;
    }

    /** Appends the sections. */
    static void append(StringBuilder h, ReportData data) {
        List<WriteTables.Row> durability = WriteTables.durability(data);
        if (!durability.isEmpty()) {
            h.append("<section id=\"").append(DURABILITY_ID).append("\">\n<h2>Durability 2 x 2</h2>\n<p>Each write method of patch"
                    + " (6 bytes at offset 10) and replace (the whole file) without a sync (<i>none</i>) and with the sync it needs to"
                    + " be durable (<i>synced</i>): <code>force()</code> of the mapping, <code>FileChannel.force(false)</code> or"
                    + " <code>FileDescriptor.sync()</code> after a positional write, <code>fsync</code> of the new file and of its folder"
                    + " for a rewrite. Ratio: synced / none of the medians of fork medians, with a 95% bootstrap interval over forks."
                    + " <code>" + WriteTables.WRITE_BYTES + "</code> (bytes that reached storage) and <code>" + WriteTables.SYSCW
                    + "</code> (write system calls) are per operation, from the benchmark's own thread.</p>\n");
            for (String workload : durability.stream().map(WriteTables.Row::workload).distinct().toList()) {
                h.append("<h3>").append(escape(workload)).append("</h3>\n");
                table(h, "method", "none", "synced", durability.stream().filter(r -> r.workload().equals(workload)).toList(), false);
            }
            h.append("</section>\n");
        }
        List<WriteTables.Row> modes = WriteTables.writeModes(data);
        if (!modes.isEmpty()) {
            h.append("<section id=\"").append(WRITE_MODES_ID).append("\">\n<h2>Write modes</h2>\n<p>The same write through a"
                    + " <code>READ_WRITE</code> mapping (<code>MAP_SHARED</code>: the page cache's pages change, every reader sees it)"
                    + " and a <code>PRIVATE</code> one (<code>MAP_PRIVATE</code>: each written page is first copied; the file never"
                    + " changes), neither synced. Ratio: PRIVATE / READ_WRITE.</p>\n");
            table(h, "workload / strategy", "READ_WRITE", "PRIVATE", modes, true);
            h.append("</section>\n");
        }
    }

    private static void table(StringBuilder h, String label, String a, String b, List<WriteTables.Row> rows, boolean withWorkload) {
        h.append("<table>\n<tr><th>run</th><th>").append(escape(label)).append("</th><th>params</th><th>").append(a).append("</th><th>")
                .append(b).append("</th><th>").append(b).append(" / ").append(a).append("</th><th>95% CI</th>");
        for (String c : List.of(WriteTables.WRITE_BYTES, WriteTables.SYSCW)) {
            h.append("<th>").append(c).append(' ').append(a).append("</th><th>").append(c).append(' ').append(b).append("</th>");
        }
        h.append("</tr>\n");
        for (WriteTables.Row r : rows) {
            h.append("<tr><td>").append(escape(r.runId())).append("</td><td>")
                    .append(escape(withWorkload ? r.workload() + " / " + r.method() : r.method())).append("</td><td>")
                    .append(escape(r.params().isEmpty() ? "-" : r.params())).append("</td><td class=\"n\">")
                    .append(escape(WriteTables.Side.time(r.first(), r.unit()))).append("</td><td class=\"n\">")
                    .append(escape(WriteTables.Side.time(r.second(), r.unit()))).append("</td><td class=\"n\">")
                    .append(escape(r.ratioLabel())).append("</td><td>").append(escape(r.ciLabel())).append("</td><td class=\"n\">")
                    .append(escape(WriteTables.Side.counter(r.first(), true))).append("</td><td class=\"n\">")
                    .append(escape(WriteTables.Side.counter(r.second(), true))).append("</td><td class=\"n\">")
                    .append(escape(WriteTables.Side.counter(r.first(), false))).append("</td><td class=\"n\">")
                    .append(escape(WriteTables.Side.counter(r.second(), false))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
