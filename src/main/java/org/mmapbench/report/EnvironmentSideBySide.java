package org.mmapbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.util.HtmlText;

/**
 * Environments side by side: the facts that decide how file I/O performs (CPU, cores, memory, kernel,
 * JDK, file system, read-ahead, transparent huge pages, fault-around), one column per environment, with
 * the ones that differ named in a sentence and marked in the table.
 */
public final class EnvironmentSideBySide {

    /** The compared properties and the words readers see for them, in table order. */
    public static final Map<String, String> FACTS = facts();

    private static Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cpu.model", "CPU");
        m.put("cpu.cores", "cores");
        m.put("os.arch", "architecture");
        m.put("memory.bytes", "memory");
        m.put("os.kernel", "kernel");
        m.put("jdk.version", "JDK");
        m.put("jdk.vendor", "JDK vendor");
        m.put("fs.type", "file system");
        m.put("read_ahead_kb", "read-ahead");
        m.put("thp", "THP");
        m.put("thp.defrag", "THP defrag");
        m.put("fault_around_bytes", "fault-around");
        return m;
    }

    private EnvironmentSideBySide() {
    }

    /** The reader's words for the facts that differ between {@code envs} (a fact known in only some counts as differing). */
    public static List<String> differences(List<EnvironmentInfo> envs) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> f : FACTS.entrySet()) {
            String first = envs.isEmpty() ? null : envs.get(0).get(f.getKey());
            for (EnvironmentInfo e : envs) {
                if (!Objects.equals(first, e.get(f.getKey()))) {
                    out.add(f.getValue());
                    break;
                }
            }
        }
        return out;
    }

    /** The sentence naming what differs, e.g. {@code The environments differ in CPU, kernel and read-ahead.} */
    public static String sentence(List<EnvironmentInfo> envs) {
        List<String> d = differences(envs);
        if (d.isEmpty()) {
            return "The environments agree on " + String.join(", ", FACTS.values())
                    + "; they differ only in what the grouping fingerprint holds beyond these (corpus checksums) or in facts not recorded.";
        }
        String list = d.size() == 1 ? d.get(0) : String.join(", ", d.subList(0, d.size() - 1)) + " and " + d.get(d.size() - 1);
        return "The environments differ in " + list + ".";
    }

    /** An HTML paragraph with {@link #sentence} and a table with one column per environment, headed by {@code names}. */
    public static String html(List<String> names, List<EnvironmentInfo> envs) {
        StringBuilder h = new StringBuilder("<p class=\"env-diff\">").append(HtmlText.escape(sentence(envs))).append("</p>\n<table class=\"env-side\">\n<tr><th>fact</th>");
        for (String n : names) {
            h.append("<th>").append(HtmlText.escape(n)).append("</th>");
        }
        h.append("<th>differs</th></tr>\n");
        List<String> differing = differences(envs);
        for (Map.Entry<String, String> f : FACTS.entrySet()) {
            boolean differs = differing.contains(f.getValue());
            h.append(differs ? "<tr class=\"differs\">" : "<tr>").append("<td>").append(HtmlText.escape(f.getValue()))
                    .append(" <code>").append(HtmlText.escape(f.getKey())).append("</code></td>");
            for (EnvironmentInfo e : envs) {
                String v = e.get(f.getKey());
                h.append("<td>").append(v == null ? "(not recorded)" : HtmlText.escape(v)).append("</td>");
            }
            h.append("<td>").append(differs ? "yes" : "").append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }
}
