package org.mmapbench.report;

/**
 * One measurement iteration of one fork of a benchmark that a per-iteration time series shows
 * ({@link TimeSeries}): its time per operation, the throughput that gives, and the OS counters of
 * that iteration.
 *
 * @param runId the run
 * @param workload the workload label, e.g. {@code read}
 * @param variant the benchmark method, e.g. {@code fair}
 * @param strategy the {@code strategy} parameter, e.g. {@code mappedSegment}
 * @param params every parameter as {@code k=v;k=v}, as {@code results.csv} writes them
 * @param fork the fork, from 1
 * @param iteration the measurement iteration within the fork, from 1
 * @param secondsPerOp the iteration's mean time per operation in seconds
 * @param mbPerSecond corpus bytes / time per operation, in decimal MB/s (NaN when the corpus size is unknown)
 * @param majorFaultsPerOp {@code os.faults.major} per operation in that iteration (NaN when not measured)
 * @param readBytesPerOp {@code os.read_bytes} per operation in that iteration: bytes the storage device delivered (NaN when not measured)
 */
public record IterationPoint(String runId, String workload, String variant, String strategy, String params, int fork, int iteration,
                             double secondsPerOp, double mbPerSecond, double majorFaultsPerOp, double readBytesPerOp) {

    /** The series this point belongs to, e.g. {@code read fair mappedSegment}. */
    public String cell() {
        return workload + " " + variant + " " + strategy;
    }
}
