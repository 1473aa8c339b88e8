package org.mmapbench.bench;

import java.util.List;

/**
 * The JVM arguments every benchmark fork starts with: the benchmarks' {@code @Fork} annotations
 * (a class run directly with {@code mmapbench jmh}) and {@code mmapbench run} both take them from
 * here, so the two cannot drift apart.
 *
 * <p>Annotation values must be compile-time constants, hence one constant per argument; a test
 * checks that every {@code @Fork} in this package lists exactly {@link #args(String)} at
 * {@link #DEFAULT_HEAP}, as {@code jvmArgs}: JMH adds the launching JVM's own arguments to a fork
 * when {@code jvmArgs} is not set, and a launcher's {@code -Xmx} after ours would win.
 */
public final class ForkJvm {
    /** The heap of a fork started from the annotations; profiles may choose another. */
    public static final String DEFAULT_HEAP = "2g";
    /** A fixed heap ({@code -Xms} = {@code -Xmx}), so heap sizing never changes during a measurement. */
    static final String XMS = "-Xms" + DEFAULT_HEAP;
    /** See {@link #XMS}. */
    static final String XMX = "-Xmx" + DEFAULT_HEAP;
    /**
     * Touches every page of the heap at start-up, so no measured operation pays the kernel's first
     * touch (a page fault and zeroing per page) of heap it allocates into: a JVM start-up transient
     * that made {@code readAllBytes} about 4x slower. It costs start-up time in proportion to the heap.
     */
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
    /**
     * Backs the heap with transparent huge pages where the kernel allows it ({@code madvise} or
     * {@code always} in {@code /sys/kernel/mm/transparent_hugepage/enabled}), so the pre-touch above
     * takes one fault per 2 MiB instead of one per 4 KiB.
     *
     * <p>NOTE: on the reference VM a 4 KiB first touch costs about 17 us, so pre-touching a 1 GiB heap
     * took 4 to 5 CPU-seconds per fork with small pages and about 0.2 with huge pages; without them
     * the quick profile could not keep its budget. Only the Java heap is affected: mapped files keep
     * whatever page sizes the page cache gives them. Where THP is {@code never} the JVM warns once
     * and falls back to small pages; {@code environment.json} records the setting.
     */
    static final String HEAP_HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** Lets {@code org.mmapbench.sys} make its FFM downcalls without a warning. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    /** Lets JMH 1.37 use {@code sun.misc.Unsafe}, which JDK 24 and later otherwise warn about. */
    static final String UNSAFE_ACCESS = "--sun-misc-unsafe-memory-access=allow";

    private ForkJvm() {
    }

    /** The arguments, in order, for a fork with a fixed heap of {@code heap} (e.g. {@code 2g}). */
    public static List<String> args(String heap) {
        return List.of("-Xms" + heap, "-Xmx" + heap, PRE_TOUCH, HEAP_HUGE_PAGES, NATIVE_ACCESS, UNSAFE_ACCESS);
    }
}
