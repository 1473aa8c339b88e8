package org.mmapbench.report;

import static org.mmapbench.util.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mmapbench.report.html.HtmlSection;
import org.mmapbench.results.CrashTable;
import org.mmapbench.results.RunResults;

/**
 * The report's sections on sharing and writing: messages between two JVMs ({@link IpcRows}) and the
 * crash-consistency table of each run that has one ({@link CrashTable}), as HTML and as Markdown.
 * A run without IPC results or a crash table gives no section.
 */
public final class WritingSections {
    private static final String PEER = "Two JVMs on this machine exchange messages over each transport; the peer JVM is"
            + " started once per trial with the fork's JDK, heap and pre-touch flags, outside the measurement.";
    private static final String LATENCY_INTRO = PEER + " Round trip: a message to the peer and the same payload back, JMH"
            + " sample time; percentiles over every sample of every fork.";
    private static final String BULK_INTRO = PEER + " Bulk: messages one way, one acknowledgement per 16 messages with one"
            + " batch in flight; MB/s is the message size over the time per message (10^6 bytes per second), median over"
            + " forks, with the slowest and the fastest fork.";
    private static final String CRASH_INTRO = "For each replace method a child JVM warms up, starts the replace on a fresh copy"
            + " and is killed with SIGKILL at a seeded random moment within the operation's measured duration. Only kills"
            + " that landed inside the operation are classified: original, complete, or torn (anything else). This simulates"
            + " a killed process, not a power cut: the page cache survives the kill, so the table says nothing about force()"
            + " or fsync.";

    private WritingSections() {
    }

    /** A pair of a title and its rows, per kind of table. */
    private record Table(String id, String title, String intro, List<String> header, List<List<String>> rows) {
    }

    private static List<Table> tables(ReportData data) {
        List<Table> out = new ArrayList<>();
        List<IpcRows.Row> ipc = IpcRows.of(data.runs());
        List<List<String>> latency = new ArrayList<>();
        List<List<String>> bulk = new ArrayList<>();
        for (IpcRows.Row r : ipc) {
            if (r.method().equals(IpcRows.ROUND_TRIP)) {
                latency.add(List.of(r.runId(), r.transport(), Long.toString(r.messageSize()), Numbers.human(r.p50Micros()),
                        Numbers.human(r.p99Micros()), Numbers.human(r.p999Micros()), Long.toString(r.samples()),
                        Integer.toString(r.forks())));
            } else {
                bulk.add(List.of(r.runId(), r.transport(), Long.toString(r.messageSize()), Numbers.human(r.megabytesPerSecond()),
                        Numbers.human(r.slowestFork()) + " to " + Numbers.human(r.fastestFork()), Integer.toString(r.forks())));
            }
        }
        if (!latency.isEmpty()) {
            out.add(new Table("ipc-latency", "Messages between JVMs: round-trip latency", LATENCY_INTRO,
                    List.of("run", "transport", "message bytes", "median us", "p99 us", "p99.9 us", "samples", "forks"), latency));
        }
        if (!bulk.isEmpty()) {
            out.add(new Table("ipc-bulk", "Messages between JVMs: one-way bulk throughput", BULK_INTRO,
                    List.of("run", "transport", "message bytes", "MB/s", "forks' range", "forks"), bulk));
        }
        List<List<String>> crash = new ArrayList<>();
        for (RunResults run : data.runs()) {
            CrashTable t = CrashTable.of(run);
            if (t == null) {
                continue;
            }
            for (CrashTable.Row r : t.rows()) {
                crash.add(List.of(run.runId(), r.method(), r.description(), t.corpus(), Numbers.human(r.operationMillis()),
                        Integer.toString(r.killsInside()), Integer.toString(r.original()), Integer.toString(r.complete()),
                        Integer.toString(r.torn()), Integer.toString(r.leftoverFiles()), Integer.toString(r.afterEnd()),
                        Integer.toString(r.beforeStart()), String.format(Locale.ROOT, "%.0f%% / %.0f%% / %.0f%%", 100 * r.killAtMin(),
                                100 * r.killAtMedian(), 100 * r.killAtMax())));
            }
        }
        if (!crash.isEmpty()) {
            out.add(new Table("crash", "Crash consistency of replace (SIGKILL)", CRASH_INTRO,
                    List.of("run", "method", "what it does", "corpus", "operation ms", "kills inside", "original", "complete", "torn",
                            "left a temporary file", "kills after the end", "kills before the start",
                            "kill moment min / median / max"), crash));
        }
        return out;
    }

    /** The sections as HTML, for index.html. */
    public static List<HtmlSection> html(ReportData data) {
        List<HtmlSection> out = new ArrayList<>();
        for (Table t : tables(data)) {
            StringBuilder h = new StringBuilder("<p>").append(escape(t.intro())).append("</p>\n<table>\n<tr>");
            t.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
            h.append("</tr>\n");
            for (List<String> r : t.rows()) {
                h.append("<tr>");
                r.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
                h.append("</tr>\n");
            }
            out.add(new HtmlSection(t.id(), t.title(), h.append("</table>").toString()));
        }
        return out;
    }

    /** The sections as Markdown, for summary.md; empty when there are none. */
    public static String markdown(ReportData data) {
        StringBuilder sb = new StringBuilder();
        for (Table t : tables(data)) {
            sb.append("\n## ").append(t.title()).append("\n\n").append(SummaryMarkdown.html(t.intro())).append("\n\n|");
            t.header().forEach(c -> sb.append(' ').append(SummaryMarkdown.cell(c)).append(" |"));
            sb.append("\n|");
            t.header().forEach(c -> sb.append(" --- |"));
            sb.append('\n');
            for (List<String> r : t.rows()) {
                sb.append('|');
                r.forEach(c -> sb.append(' ').append(SummaryMarkdown.cell(c)).append(" |"));
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
