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
 * JMH's normal console output plus mmapbench's progress line ({@link RunProgress}) each time a
 * benchmark starts.
 */
final class ProgressOutputFormat implements OutputFormat {
    private final OutputFormat delegate;
    private final RunProgress progress;
    private final double perBenchmarkSeconds;

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
        delegate.startBenchmark(params);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        delegate.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        delegate.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        delegate.endBenchmark(result);
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
