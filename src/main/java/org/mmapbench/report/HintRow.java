package org.mmapbench.report;

import org.mmapbench.stats.Interval;

/**
 * One hint benchmark of one run beside its control: the time per operation with the hint, the ratio
 * to the same benchmark with its strategy's hint that changes nothing, and the bytes each operation
 * read from the storage device.
 *
 * @param runId the run it came from
 * @param workload the benchmark method: {@code read} or {@code find}
 * @param corpus the corpus id
 * @param cache the cache state ({@code warm}, {@code cold}, ...)
 * @param hint the {@code hint} parameter, e.g. {@code madvise-random}
 * @param strategy the strategy that gave it: {@code mappedSegment}, {@code mappedBuffer} or {@code pread}
 * @param call the call that gave it, e.g. {@code madvise(MADV_RANDOM)}
 * @param unit the time unit, e.g. {@code us/op}
 * @param time the central time per operation (median of fork medians)
 * @param timeCi its 95% interval
 * @param ratio time with the hint / time of the control (below 1: the hint is faster); NaN without a control
 * @param ratioCi the 95% bootstrap interval of the ratio over forks ({@link Interval#NONE} when unknown)
 * @param readBytes the central {@code os.read_bytes} per operation; NaN when the run did not measure it
 */
public record HintRow(String runId, String workload, String corpus, String cache, String hint, String strategy, String call,
        String unit, double time, Interval timeCi, double ratio, Interval ratioCi, double readBytes) {

    /** Whether the run measured the bytes read from the device. */
    public boolean readBytesMeasured() {
        return !Double.isNaN(readBytes);
    }
}
