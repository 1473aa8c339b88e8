package org.mmapbench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.stats.Percentiles;

/**
 * The IPC benchmarks of runs as table rows: round-trip latency percentiles over every sample of every
 * fork, and one-way bulk throughput in MB/s (message size over the time per message) as the median over
 * forks with the slowest and fastest fork.
 */
public final class IpcRows {
    /** The IPC benchmark class's simple name. */
    static final String CLASS = "IpcBenchmark";
    /** Its round-trip method (JMH sample time). */
    static final String ROUND_TRIP = "roundTrip";
    /** Its one-way bulk method (average time per message). */
    static final String BULK = "bulk";

    private IpcRows() {
    }

    /**
     * One IPC benchmark.
     *
     * @param runId the run
     * @param method {@code roundTrip} or {@code bulk}
     * @param transport the transport id
     * @param messageSize payload bytes per message
     * @param forks forks measured
     * @param samples round trips sampled (bulk: measurement iterations over all forks)
     * @param p50Micros round trip median in microseconds (NaN for bulk)
     * @param p99Micros round trip 99th percentile (NaN for bulk)
     * @param p999Micros round trip 99.9th percentile (NaN for bulk)
     * @param megabytesPerSecond bulk throughput, median over forks (NaN for round trips)
     * @param slowestFork the slowest fork's MB/s (NaN for round trips)
     * @param fastestFork the fastest fork's MB/s (NaN for round trips)
     */
    public record Row(String runId, String method, String transport, long messageSize, int forks, long samples, double p50Micros,
                      double p99Micros, double p999Micros, double megabytesPerSecond, double slowestFork, double fastestFork) {
    }

    /** The rows of every IPC benchmark with raw data, in input order. */
    public static List<Row> of(List<RunResults> runs) {
        List<Row> out = new ArrayList<>();
        for (RunResults run : runs) {
            for (BenchmarkResult r : run.results()) {
                if (!r.className().equals(CLASS)) {
                    continue;
                }
                Metric m = r.primary();
                if (!m.hasRawData() || r.param("transport") == null || r.param("messageSize") == null) {
                    continue;
                }
                long size = Long.parseLong(r.param("messageSize"));
                double toMicros = Units.secondsPerOp(m.unit(), 1) * 1e6;
                if (r.method().equals(ROUND_TRIP) && r.mode() == BenchMode.SAMPLE_TIME) {
                    ForkSamples all = ForkSamples.pooled(m.forks());
                    out.add(new Row(run.runId(), ROUND_TRIP, r.param("transport"), size, m.forks().size(), all.count(),
                            all.quantile(0.5) * toMicros, all.quantile(0.99) * toMicros, all.quantile(0.999) * toMicros,
                            Double.NaN, Double.NaN, Double.NaN));
                } else if (r.method().equals(BULK) && r.mode() == BenchMode.AVERAGE_TIME) {
                    double[] mbps = Arrays.stream(m.forkMedians()).map(us -> size / (us * toMicros)).sorted().toArray();
                    long n = m.forks().stream().mapToLong(ForkSamples::count).sum();
                    out.add(new Row(run.runId(), BULK, r.param("transport"), size, m.forks().size(), n, Double.NaN, Double.NaN,
                            Double.NaN, Percentiles.median(mbps), mbps[0], mbps[mbps.length - 1]));
                }
            }
        }
        return out;
    }
}
