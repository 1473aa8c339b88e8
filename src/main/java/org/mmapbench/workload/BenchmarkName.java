package org.mmapbench.workload;

import java.util.Locale;
import java.util.Optional;

/**
 * The (workload, variant) a JMH benchmark measures, and back: the one place that maps
 * {@code org.mmapbench.bench.SeekFindBenchmark.fair} to ({@link Workload#SEEK_FIND},
 * {@link Variant#FAIR}).
 *
 * <p>The convention: one class per workload in {@link #PACKAGE}, named after the workload's id
 * with a capital first letter and {@code Benchmark} appended; one method per variant, named after
 * the variant's id. A test in {@code bench} checks that every compiled benchmark round-trips.
 *
 * @param workload what the benchmark does
 * @param variant how it is written (the method)
 */
public record BenchmarkName(Workload workload, Variant variant) {

    /** The package of the benchmark classes. */
    public static final String PACKAGE = "org.mmapbench.bench";
    private static final String SUFFIX = "Benchmark";

    /** The simple name of a workload's benchmark class, e.g. {@code SeekFindBenchmark}. */
    public static String simpleClassName(Workload workload) {
        String id = workload.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1) + SUFFIX;
    }

    /** The fully qualified name of a workload's benchmark class. */
    public static String className(Workload workload) {
        return PACKAGE + "." + simpleClassName(workload);
    }

    /** The JMH benchmark name, e.g. {@code org.mmapbench.bench.SeekFindBenchmark.fair}. */
    public String jmhName() {
        return className(workload) + "." + variant.id();
    }

    /** The benchmark named {@code jmhName}, or empty if it is not a workload benchmark of {@link #PACKAGE}. */
    public static Optional<BenchmarkName> parse(String jmhName) {
        for (Workload w : Workload.values()) {
            for (Variant v : Variant.values()) {
                BenchmarkName n = new BenchmarkName(w, v);
                if (n.jmhName().equals(jmhName)) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The benchmark named {@code jmhName}.
     *
     * @throws IllegalArgumentException naming it when it is not a workload benchmark
     */
    public static BenchmarkName of(String jmhName) {
        return parse(jmhName).orElseThrow(() -> new IllegalArgumentException("'" + jmhName + "' is not a workload benchmark ("
                + PACKAGE + ".<Workload>" + SUFFIX + ".<variant>)"));
    }

    /**
     * The workload label of any JMH benchmark name, by the same convention: the class name without
     * {@code Benchmark}, first letter in lower case ({@code x.ChecksumBenchmark.fair} gives
     * {@code checksum}); the whole name when it has no class part. For a workload benchmark this is
     * the workload's id.
     */
    public static String workloadLabel(String jmhName) {
        int dot = jmhName.lastIndexOf('.');
        if (dot < 0) {
            return jmhName;
        }
        String cls = jmhName.substring(0, dot);
        cls = cls.substring(cls.lastIndexOf('.') + 1);
        if (cls.endsWith(SUFFIX)) {
            cls = cls.substring(0, cls.length() - SUFFIX.length());
        }
        return cls.isEmpty() ? jmhName : cls.substring(0, 1).toLowerCase(Locale.ROOT) + cls.substring(1);
    }

    /** A JMH benchmark name without {@link #PACKAGE}, e.g. {@code FindBenchmark.fair}; other names unchanged. */
    public static String shortName(String jmhName) {
        String prefix = PACKAGE + ".";
        return jmhName.startsWith(prefix) ? jmhName.substring(prefix.length()) : jmhName;
    }
}
