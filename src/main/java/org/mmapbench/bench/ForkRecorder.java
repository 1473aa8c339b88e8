package org.mmapbench.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;

/**
 * A JMH profiler that runs inside every fork and records, before the fork's first iteration, the
 * JVM it really is: its command-line arguments ({@code RuntimeMXBean.getInputArguments()}), the
 * heap flags in effect ({@code InitialHeapSize}, {@code MaxHeapSize}, {@code AlwaysPreTouch}, as
 * {@code -XX:+PrintFlagsFinal} would print them) and its uptime at that moment (JVM start, heap
 * pre-touch and JMH's own set-up). See {@link ForkRecord} for where the record goes.
 *
 * <p>It adds no result to the benchmark; {@code mmapbench run} adds it to every run.
 */
public final class ForkRecorder implements InternalProfiler {
    /** The VM options recorded, by their HotSpot names. */
    static final List<String> VM_OPTIONS = List.of("InitialHeapSize", "MaxHeapSize", "AlwaysPreTouch", "UseTransparentHugePages");

    private boolean recorded;

    @Override
    public String getDescription() {
        return "mmapbench: records each fork's real JVM arguments, heap flags and start-up time";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (recorded) {
            return;
        }
        recorded = true;
        ForkRecord.append(jvmRecord(benchmarkParams));
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        return List.of();
    }

    /** The record of this JVM for the benchmark of {@code params}. */
    static Map<String, Object> jvmRecord(BenchmarkParams params) {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        Map<String, Object> r = ForkRecord.start(ForkRecord.JVM, params);
        r.put("uptimeMillis", runtime.getUptime());
        r.put("inputArguments", List.copyOf(runtime.getInputArguments()));
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String option : VM_OPTIONS) {
            r.put(option, hotspot.getVMOption(option).getValue());
        }
        return r;
    }
}
