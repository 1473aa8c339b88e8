package org.mmapbench.run;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.workload.BenchmarkName;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's normal output (to the console with {@code --verbose}, else to the run's {@code jmh.log}) plus
 * mmapbench's progress display ({@link RunProgress}) each time a benchmark starts, with the result
 * of the one that ended, and the clock of the run's fork overhead: each benchmark's wall time from its
 * start to its end, less the wall time of its iterations (from JMH's iteration-start to
 * iteration-result calls), is what its forks cost beyond measuring: JVM start, heap pre-touch,
 * JMH set-up, trial set-up (cache fills) and teardown.
 */
final class ProgressOutputFormat implements OutputFormat {
    private final OutputFormat delegate;
    private final RunProgress progress;
    private final double perBenchmarkSeconds;
    private long benchmarkStart;
    private long iterationStart;
    private long iterationNanos;
    private String lastLabel = "";

    ProgressOutputFormat(OutputFormat delegate, RunProgress progress, double perBenchmarkSeconds) {
        this.delegate = delegate;
        this.progress = progress;
        this.perBenchmarkSeconds = perBenchmarkSeconds;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        delegate.flush();
        Map<String, String> ps = new TreeMap<>();
        for (String k : params.getParamsKeys()) {
            ps.put(k, params.getParam(k));
        }
        String name = params.getBenchmark();
        StringBuilder label = new StringBuilder(BenchmarkName.shortName(name));
        ps.forEach((k, v) -> label.append(' ').append(k).append('=').append(v));
        progress.benchmarkStarts(perBenchmarkSeconds, label.toString());
        lastLabel = label.toString();
        benchmarkStart = System.nanoTime();
        iterationNanos = 0;
        delegate.startBenchmark(params);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        iterationStart = System.nanoTime();
        delegate.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        iterationNanos += System.nanoTime() - iterationStart;
        delegate.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        double wall = (System.nanoTime() - benchmarkStart) / 1e9;
        int forks = result == null ? 0 : result.getParams().getForks();
        progress.benchmarkEnds(wall, iterationNanos / 1e9, forks);
        if (result != null && result.getPrimaryResult() != null) {
            progress.lastResult(lastLabel + " " + summary(result.getPrimaryResult()));
        }
        delegate.endBenchmark(result);
    }

    /** A result as {@code 1.23 ± 0.05 ms/op} (the error is JMH's 99.9% half-width; omitted when unknown). */
    static String summary(org.openjdk.jmh.results.Result<?> r) {
        String score = org.mmapbench.util.Decimals.significant(r.getScore(), 3);
        double e = r.getScoreError();
        String error = Double.isFinite(e) ? " \u00b1 " + org.mmapbench.util.Decimals.significant(e, 2) : "";
        return score + error + " " + r.getScoreUnit();
    }

    @Override
    public void startRun() {
        delegate.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        delegate.endRun(result);
    }

    @Override
    public void print(String s) {
        delegate.print(s);
    }

    @Override
    public void println(String s) {
        delegate.println(s);
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public void close() {
        delegate.flush();
    }

    @Override
    public void verbosePrintln(String s) {
        delegate.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        delegate.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        delegate.write(b);
    }
}
