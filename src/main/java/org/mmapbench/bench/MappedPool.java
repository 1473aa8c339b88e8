package org.mmapbench.bench;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JVM's {@code BufferPoolMXBean} named "mapped": how many mappings made through
 * {@code FileChannel.map} are alive in this JVM, {@code MappedByteBuffer}s and mapped
 * {@code MemorySegment}s alike (the JDK counts each when it maps and uncounts it when it unmaps).
 */
final class MappedPool {
    private static final BufferPoolMXBean MAPPED = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
            .filter(b -> b.getName().equals("mapped")).findFirst()
            .orElseThrow(() -> new IllegalStateException("this JVM has no \"mapped\" BufferPoolMXBean"));

    private MappedPool() {
    }

    /** How long {@link #collectDownTo} waits for cleaners before it fails. */
    static final long COLLECT_TIMEOUT_NANOS = 10_000_000_000L;

    /** The number of live mappings. */
    static long count() {
        return MAPPED.getCount();
    }

    /**
     * Collects garbage ({@code System.gc()}) and spins until at most {@code target} mappings are
     * alive, i.e. until the cleaners of the unreachable ones have unmapped them; returns the count.
     *
     * @throws IllegalStateException when more are still alive after {@link #COLLECT_TIMEOUT_NANOS}
     */
    static long collectDownTo(long target) {
        System.gc();
        long deadline = System.nanoTime() + COLLECT_TIMEOUT_NANOS;
        long count;
        while ((count = MAPPED.getCount()) > target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(count + " mappings were still alive " + COLLECT_TIMEOUT_NANOS / 1_000_000
                        + " ms after System.gc(), waiting for at most " + target + ": are they still reachable?");
            }
            Thread.onSpinWait();
        }
        return count;
    }
}
