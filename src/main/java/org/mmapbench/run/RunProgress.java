package org.mmapbench.run;

import java.io.PrintStream;
import java.util.Locale;
import org.mmapbench.util.Progress;

/**
 * The progress of a whole run across its JMH runs: benchmark i of n, elapsed time and an ETA.
 *
 * <p>The ETA scales the plan's remaining estimate by how fast the run has gone against the
 * estimate so far, so a loaded machine soon gets a realistic ETA.
 */
final class RunProgress {
    private final int total;
    private final double estimatedTotal;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private int started;
    private double estimatedDone;
    private int forks;
    private double benchmarkSeconds;
    private double iterationSeconds;

    RunProgress(int total, double estimatedTotalSeconds, PrintStream out) {
        this.total = total;
        this.estimatedTotal = estimatedTotalSeconds;
        this.out = out;
    }

    /** Records that a benchmark with an estimated cost of {@code estimateSeconds} starts, and prints the line. */
    void benchmarkStarts(double estimateSeconds, String label) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.println(line(++started, elapsed, label));
        out.flush();
        estimatedDone += estimateSeconds;
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
