package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost anatomy, unmapping: closing the arena of a mapping whose pages were touched (confined; shared
 * with no other thread running Java code, and with one busy thread that the close must handshake),
 * and reclaiming a mapping left to the garbage collector ({@code Arena.ofAuto()}, the way a
 * {@code MappedByteBuffer} is unmapped): {@code System.gc()} and the wait until its cleaner has
 * unmapped it, which is what a cold {@code mappedBuffer} invocation's cache drop has to wait for.
 */
public class AnatomyUnmapBenchmark extends AnatomyBenchmark {

    /** Closes a confined arena whose every page was touched: {@code mappedSegment}'s unmap after read, regex, replace. */
    @Benchmark
    public void closeConfined(FreshMapping.ConfinedTouched fresh) {
        fresh.close();
    }

    /** Closes a confined arena whose first page was touched: {@code mappedSegment}'s unmap after find and seekFind. */
    @Benchmark
    public void closeConfinedOnePage(FreshMapping.ConfinedFirstPage fresh) {
        fresh.close();
    }

    /** Closes a shared arena (every page touched) while no other benchmark thread runs. */
    @Benchmark
    public void closeSharedIdle(FreshMapping.SharedTouched fresh) {
        fresh.close();
    }

    /** Closes a shared arena (every page touched) while one other thread runs a busy Java loop. */
    @Benchmark
    public void closeSharedBusy(FreshMapping.SharedTouched fresh, BusyThread busy) {
        fresh.close();
    }

    /** {@code System.gc()} and the wait until the cleaner has unmapped the call's unreachable {@code Arena.ofAuto()} mapping. */
    @Benchmark
    public long leftToGc(AutoMapping auto) {
        return auto.collect();
    }

    /** One thread spinning in a Java loop for the whole trial, so a shared arena's close has a thread to handshake. */
    @State(Scope.Benchmark)
    public static class BusyThread {
        private volatile boolean running;
        private Thread thread;
        @SuppressWarnings("unused")
        private volatile long sink;

        /** Starts the thread. */
        @Setup(Level.Trial)
        public void start() {
            running = true;
            thread = new Thread(() -> {
                long x = 1;
                while (running) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
                sink = x;
            }, "mmapbench-busy");
            thread.setDaemon(true);
            thread.start();
        }

        /** Stops the thread and waits for it. */
        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        /** Whether the thread runs. */
        boolean alive() {
            return thread != null && thread.isAlive();
        }
    }

    /**
     * A mapping of the whole corpus in an {@code Arena.ofAuto()}, every page touched, made unreachable
     * before the call; the call collects it.
     *
     * <p>The wait watches {@code BufferPoolMXBean} "mapped", which counts every live mapping made
     * through {@code FileChannel.map}, buffers and segments alike.
     */
    @State(Scope.Thread)
    public static class AutoMapping {
        private long before;

        /** Maps and touches the corpus in an automatic arena and drops every reference to it. */
        @Setup(Level.Invocation)
        public void map(AnatomyInput input) throws IOException {
            WorkerCounters.excludeBegin(); // the setup's faults and calls are not the step's
            try {
                map(input.channel(), input.size());
            } finally {
                WorkerCounters.excludeEnd();
            }
        }

        void map(FileChannel channel, long size) throws IOException {
            before = MappedPool.count();
            Touch.sink(Touch.everyPage(channel.map(FileChannel.MapMode.READ_ONLY, 0, size, Arena.ofAuto())));
            if (MappedPool.count() <= before) {
                throw new IllegalStateException("BufferPoolMXBean \"mapped\" did not count the new mapping ("
                        + MappedPool.count() + " after, " + before + " before): it cannot tell when the mapping is gone");
            }
        }

        /** Collects garbage and spins until the live-mapping count is back where it was before the setup mapped; returns it. */
        long collect() {
            return MappedPool.collectDownTo(before);
        }
    }
}
