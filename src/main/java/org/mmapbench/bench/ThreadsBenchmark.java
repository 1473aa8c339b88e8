package org.mmapbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.workload.ThreadedReads;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Thread scaling: JMH threads (the run's {@code -t}: 1 and 2 in {@code standard} and {@code depth}, up to 8 in
 * {@code full})
 * read one warm corpus at the same time through one shared mapping, one shared {@code FileChannel}
 * with positional reads, a channel per thread, or {@code pread} on one descriptor
 * ({@link ThreadedReads}, the {@code strategy} parameter).
 *
 * <p>{@link #random16k}: one 16 KiB read at a seeded random offset per operation; {@link #scan}: the
 * whole file in 64 KiB ranges per operation. JMH reports one thread's average time per operation; the
 * report turns it into the throughput of all threads together. Every thread's worker checks its reads
 * against plain reads before the first iteration.
 */
public class ThreadsBenchmark extends BenchmarkBase {

    /** The corpus in the canonical warm cache ({@link FileCacheState}), opened once for every thread. */
    @State(Scope.Benchmark)
    public static class SharedFile extends FileCacheState {
        /** The corpus id. */
        @Param("english-256MiB")
        public String corpus;

        /** How the threads share the file. */
        @Param({"sharedMapping", "sharedChannel", "channelPerThread", "preadShared"})
        public String strategy;

        private Path file;
        private ThreadedReads.Trial trial;

        @Override
        protected void prepare(Path corpusFile) throws IOException {
            file = corpusFile;
            trial = ThreadedReads.open(strategy, corpusFile);
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        protected void finish() throws IOException {
            trial.close();
        }
    }

    /** One thread's checked worker. */
    @State(Scope.Thread)
    public static class Worker {
        private ThreadedReads.Worker worker;

        /** Takes this thread's worker (which checks its reads first). */
        @Setup(Level.Trial)
        public void setUp(SharedFile file, ThreadParams thread) throws IOException {
            worker = file.trial.worker(thread.getThreadIndex());
        }

        /** Closes this thread's reader. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            worker.close();
        }
    }

    /** One 16 KiB read at the thread's next random offset; returns its checksum. */
    @Benchmark
    public long random16k(SharedFile file, Worker w) throws IOException {
        return w.worker.random16k();
    }

    /** The whole file in 64 KiB ranges; returns the checksum of every byte. */
    @Benchmark
    public long scan(SharedFile file, Worker w) throws IOException {
        return w.worker.scan();
    }
}
