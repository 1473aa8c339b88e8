package org.mmapbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mmapbench.verify.CrossCheck;
import org.mmapbench.workload.Cell;

/** Prints cross-check outcomes as a fixed-width table, one row per cell and file, then a summary line. */
final class CheckTable {
    private CheckTable() {
    }

    static void print(PrintWriter out, List<CrossCheck.Outcome> outcomes, boolean failuresOnly) {
        String fmt = "%-32s %-10s %-17s %-17s %14s %14s  %s%n";
        out.printf(fmt, "file", "workload", "variant", "strategy", "expected", "actual", "result");
        int pass = 0;
        int skipped = 0;
        int bad = 0;
        for (CrossCheck.Outcome o : outcomes) {
            switch (o.status()) {
                case PASS -> pass++;
                case SKIPPED -> skipped++;
                default -> bad++;
            }
            if (failuresOnly && o.status() == CrossCheck.Status.PASS) {
                continue;
            }
            boolean ran = o.status() == CrossCheck.Status.PASS || o.status() == CrossCheck.Status.FAIL;
            String result = o.status().name() + (o.detail().isEmpty() ? "" : " (" + printable(o.detail()) + ")");
            out.printf(fmt, printable(String.valueOf(o.file().getFileName())), o.cell().workload().id(), variant(o.cell()), o.cell().strategy(),
                    o.status() == CrossCheck.Status.SKIPPED ? "-" : Long.toString(o.expected()),
                    ran ? Long.toString(o.actual()) : "-", result);
        }
        out.printf("%d cells checked: %d agree, %d disagree or fail, %d skipped%n", outcomes.size(), pass, bad, skipped);
    }

    /** The variant, with the durability for a cell of the durability variant: {@code fair}, {@code durability=synced}. */
    static String variant(Cell cell) {
        return cell.variant().id() + (cell.durability() == null ? "" : "=" + cell.durability().id());
    }

    /** {@code text} with control characters (a newline in a file name) written as escapes, so each row stays one line. */
    static String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
