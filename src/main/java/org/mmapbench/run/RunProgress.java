package org.mmapbench.run;

import java.io.PrintStream;
import java.util.Locale;
import org.mmapbench.util.Progress;

/**
 * The progress of a whole run across its JMH runs: benchmark i of n, the current benchmark, elapsed
 * time, an ETA and the last result.
 *
 * <p>The ETA scales the plan's remaining estimate by how fast the run has gone against the
 * estimate so far, so a loaded machine soon gets a realistic ETA. On a terminal ({@code inPlace})
 * the display is one line rewritten in place; elsewhere (a CI log, Maven) one line per benchmark.
 */
final class RunProgress {
    private final int total;
    private final double estimatedTotal;
    private final PrintStream out;
    private final boolean inPlace;
    private final long start = System.nanoTime();
    private String lastResult = "";
    private int shown;
    private int started;
    private double estimatedDone;
    private int forks;
    private double benchmarkSeconds;
    private double iterationSeconds;

    RunProgress(int total, double estimatedTotalSeconds, PrintStream out) {
        this(total, estimatedTotalSeconds, out, false);
    }

    /** A progress display; {@code inPlace} rewrites one terminal line instead of printing a line per benchmark. */
    RunProgress(int total, double estimatedTotalSeconds, PrintStream out, boolean inPlace) {
        this.total = total;
        this.estimatedTotal = estimatedTotalSeconds;
        this.out = out;
        this.inPlace = inPlace;
    }

    /** Records that a benchmark with an estimated cost of {@code estimateSeconds} starts, and shows the display. */
    void benchmarkStarts(double estimateSeconds, String label) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        String line = line(++started, elapsed, label) + (lastResult.isEmpty() ? "" : "; last: " + lastResult);
        if (inPlace) {
            out.print("\r\033[K" + fit(line));
        } else {
            out.println(line);
        }
        shown++;
        out.flush();
        estimatedDone += estimateSeconds;
    }

    /** The result of the benchmark that just ended, shown with the next benchmark's line. */
    void lastResult(String result) {
        lastResult = result;
    }

    /** Ends the display: on a terminal, moves past its line. */
    void finish() {
        if (inPlace && shown > 0) {
            out.println();
            out.flush();
        }
    }

    /** A line cut to the terminal's width (COLUMNS, else 120), so rewriting it in place never wraps. */
    private static String fit(String line) {
        int width = 120;
        try {
            width = Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").trim()));
        } catch (NumberFormatException e) {
            // keep 120
        }
        return line.length() < width ? line : line.substring(0, width - 2) + "\u2026";
    }

    /** The progress line for the {@code i}-th benchmark starting after {@code elapsed} seconds. */
    String line(int i, double elapsed, String label) {
        double remaining = Math.max(0, estimatedTotal - estimatedDone);
        double pace = estimatedDone > 0 && elapsed > 0 ? elapsed / estimatedDone : 1.0;
        return String.format(Locale.ROOT, "mmapbench run: benchmark %d of %d, elapsed %s, ETA %s - %s",
                i, total, Progress.formatDuration(elapsed), Progress.formatDuration(remaining * pace), label);
    }

    /** Records that a benchmark ended after {@code wallSeconds}, {@code iterationSeconds} of them in iterations, over {@code forks} forks. */
    void benchmarkEnds(double wallSeconds, double iterationSeconds, int forks) {
        this.benchmarkSeconds += wallSeconds;
        this.iterationSeconds += iterationSeconds;
        this.forks += forks;
    }

    /** Forks of the benchmarks that ended. */
    int forks() {
        return forks;
    }

    /** Wall seconds of the iterations of the benchmarks that ended. */
    double iterationSeconds() {
        return iterationSeconds;
    }

    /**
     * The measured cost of one fork beyond its iterations, in seconds: benchmark wall time less
     * iteration wall time, per fork; NaN before a benchmark ended.
     */
    double forkOverheadSeconds() {
        return forks == 0 ? Double.NaN : (benchmarkSeconds - iterationSeconds) / forks;
    }

    /** Seconds since the run started. */
    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** How many benchmarks have started. */
    int started() {
        return started;
    }
}
