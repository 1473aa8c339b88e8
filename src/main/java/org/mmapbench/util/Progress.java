package org.mmapbench.util;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line for long tasks: amount done, rate and estimated time left, on stderr.
 *
 * <p>Nothing is printed for tasks that finish within {@link #QUIET_NANOS}; after that the line is
 * refreshed at most every {@link #REFRESH_NANOS}, in place with a carriage return on a terminal and
 * as separate lines otherwise (so CI logs stay readable). Work is counted in "units" that
 * {@link Unit} formats as bytes or as items such as benchmarks.
 */
public final class Progress implements AutoCloseable {
    /** Tasks shorter than this print nothing. */
    public static final long QUIET_NANOS = 2_000_000_000L;
    /** Minimum interval between two refreshes of the line. */
    public static final long REFRESH_NANOS = 500_000_000L;
    private static final long LOG_REFRESH_NANOS = 10_000_000_000L;

    /** How the amounts of a task are written. */
    public enum Unit {
        /** Amounts are bytes, written as KiB/MiB/GiB, and the rate as MB/s. */
        BYTES,
        /** Amounts are counted items, written as "i of n". */
        ITEMS
    }

    private final String label;
    private final long total;
    private final Unit unit;
    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    /** Starts tracking a task of {@code total} units (0 when unknown). */
    public Progress(String label, long total, Unit unit) {
        this(label, total, unit, System.err, onTerminal());
    }

    /** Whether stderr's console is an interactive terminal (JDK 22+ returns a console even when piped). */
    @SuppressWarnings("SystemConsoleNull") // System.console() is still specified to return null when there is none
    private static boolean onTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }

    Progress(String label, long total, Unit unit, PrintStream out, boolean terminal) {
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.terminal = terminal;
    }

    /** Records that {@code done} units are complete, printing the line when it is due. */
    public void update(long done) {
        update(done, null);
    }

    /** Records progress with a short note about the current step (e.g. the benchmark name). */
    public void update(long done, String note) {
        long now = System.nanoTime();
        long elapsed = now - start;
        long interval = terminal ? REFRESH_NANOS : LOG_REFRESH_NANOS;
        boolean forceForItems = unit == Unit.ITEMS && !terminal && note != null;
        if (!forceForItems && (elapsed < QUIET_NANOS || now - lastPrint < interval)) {
            return;
        }
        lastPrint = now;
        printed = true;
        String line = line(done, elapsed, note);
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** The text of the progress line for {@code done} units after {@code elapsedNanos}. */
    String line(long done, long elapsedNanos, String note) {
        double seconds = elapsedNanos / 1e9;
        StringBuilder sb = new StringBuilder(label).append(": ");
        if (unit == Unit.BYTES) {
            sb.append(Sizes.format(done));
            if (total > 0) {
                sb.append(" of ").append(Sizes.format(total))
                        .append(String.format(Locale.ROOT, " (%.0f%%)", 100.0 * done / total));
            }
            if (seconds > 0) {
                sb.append(String.format(Locale.ROOT, ", %.0f MB/s", done / seconds / 1e6));
            }
        } else {
            sb.append(done).append(total > 0 ? " of " + total : "");
        }
        sb.append(", elapsed ").append(formatDuration(seconds));
        if (total > 0 && done > 0 && done < total) {
            sb.append(", ETA ").append(formatDuration(seconds * (total - done) / done));
        }
        if (note != null && !note.isEmpty()) {
            sb.append(" - ").append(note);
        }
        return sb.toString();
    }

    /** Writes a duration as {@code 1h02m03s}, {@code 2m05s} or {@code 7s}. */
    public static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, (s / 60) % 60, s % 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }

    /** Ends the line if anything was printed on a terminal. */
    @Override
    public void close() {
        if (printed && terminal) {
            out.println();
            out.flush();
        }
    }
}
