package org.mmapbench.report;

/**
 * One benchmark's throughput as a percentage of the machine's limit that bounds it, measured in the
 * same run ({@link Ceilings}).
 *
 * @param runId the run both come from
 * @param benchmark the benchmark without its package, e.g. {@code FindBenchmark.fair}
 * @param params its parameters, e.g. {@code cache=warm;corpus=don-quixote;strategy=mappedSegment}
 * @param gbPerSecond its throughput: corpus bytes / central time per operation / 1e9
 * @param ceiling the limit it is compared with
 * @param ceilingGbPerSecond the limit's throughput in the same run
 * @param percent {@code 100 * gbPerSecond / ceilingGbPerSecond}
 */
public record CeilingRow(String runId, String benchmark, String params, double gbPerSecond, Ceilings.Ceiling ceiling,
        double ceilingGbPerSecond, double percent) {
}
