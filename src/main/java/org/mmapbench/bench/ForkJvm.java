package org.mmapbench.bench;

import java.util.List;

/**
 * The JVM arguments every benchmark fork starts with: the benchmarks' {@code @Fork} annotations
 * (a class run directly with {@code mmapbench jmh}) and {@code mmapbench run} both take them from
 * here, so the two cannot drift apart.
 *
 * <p>Annotation values must be compile-time constants, hence one constant per argument; a test
 * checks that every {@code @Fork} in this package lists exactly {@link #args(String)} at
 * {@link #DEFAULT_HEAP}.
 */
public final class ForkJvm {
    /** The heap of a fork started from the annotations; profiles may choose another. */
    public static final String DEFAULT_HEAP = "2g";
    /** A fixed heap ({@code -Xms} = {@code -Xmx}), so heap sizing never changes during a measurement. */
    static final String XMS = "-Xms" + DEFAULT_HEAP;
    /** See {@link #XMS}. */
    static final String XMX = "-Xmx" + DEFAULT_HEAP;
    /** Lets {@code org.mmapbench.sys} make its FFM downcalls without a warning. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    /** Lets JMH 1.37 use {@code sun.misc.Unsafe}, which JDK 24 and later otherwise warn about. */
    static final String UNSAFE_ACCESS = "--sun-misc-unsafe-memory-access=allow";

    private ForkJvm() {
    }

    /** The arguments, in order, for a fork with a fixed heap of {@code heap} (e.g. {@code 2g}). */
    public static List<String> args(String heap) {
        return List.of("-Xms" + heap, "-Xmx" + heap, NATIVE_ACCESS, UNSAFE_ACCESS);
    }
}
