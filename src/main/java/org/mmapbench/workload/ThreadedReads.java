package org.mmapbench.workload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import org.mmapbench.access.ConcurrentReads;
import org.mmapbench.workload.kernel.Checksum;

/**
 * The thread-scaling workloads over one file that several threads read at once
 * ({@link ConcurrentReads}): {@link Worker#random16k()}, one 16 KiB read at the next offset of the
 * thread's seeded random stream, and {@link Worker#scan()}, the whole file in 64 KiB ranges. Both
 * return the {@link Checksum} of the bytes read.
 *
 * <p>A {@link Trial} is opened once and shared by every thread; each thread takes its own
 * {@link Worker} (its reader, buffer and random stream), which first checks itself: the checksums of
 * its first {@value #CHECKED_READS} random reads must equal those of the same bytes read with a plain
 * heap {@code FileChannel} read.
 */
public final class ThreadedReads {
    /** Bytes per random read. */
    public static final int BLOCK = 16 * 1024;
    /** Bytes per read of a scan: the strongest regular contender's window. */
    public static final int WINDOW = 64 * 1024;
    /** The base seed of the random offsets; a thread's stream is seeded with this + its index. */
    public static final long SEED = 42;
    /** Random reads a worker checks against a plain read before it is used. */
    static final int CHECKED_READS = 32;

    private ThreadedReads() {
    }

    /** What the threads of a trial share: the file opened the way strategy {@code strategyId} names. */
    public static final class Trial implements AutoCloseable {
        private final Path file;
        private final ConcurrentReads.Shared shared;

        private Trial(Path file, ConcurrentReads.Shared shared) {
            this.file = file;
            this.shared = shared;
        }

        /** The file's size in bytes. */
        public long size() {
            return shared.size();
        }

        /**
         * A checked worker for the thread with index {@code threadIndex}.
         *
         * @throws IllegalStateException when the file is shorter than one random read, or the reader returns wrong bytes
         */
        public Worker worker(int threadIndex) throws IOException {
            if (shared.size() < BLOCK) {
                throw new IllegalStateException(file + " is smaller than one " + BLOCK + "-byte read (" + shared.size() + " bytes)");
            }
            Worker w = new Worker(shared.reader(WINDOW), shared.size(), SEED + threadIndex);
            try {
                w.check(file, new SplittableRandom(SEED + threadIndex));
            } catch (IOException | RuntimeException e) {
                w.close();
                throw e;
            }
            return w;
        }

        @Override
        public void close() throws IOException {
            shared.close();
        }
    }

    /** Opens {@code file} for several threads the way {@code strategyId} ({@link ConcurrentReads#id()}) names. */
    public static Trial open(String strategyId, Path file) throws IOException {
        return new Trial(file, ConcurrentReads.byId(strategyId).open(file));
    }

    /** One thread's reader and random stream. Not thread-safe: a thread uses its own. */
    public static final class Worker implements AutoCloseable {
        private final ConcurrentReads.Reader reader;
        private final long size;
        private final SplittableRandom random;

        private Worker(ConcurrentReads.Reader reader, long size, long seed) {
            this.reader = reader;
            this.size = size;
            this.random = new SplittableRandom(seed);
        }

        /** One {@value #BLOCK}-byte read at the next random offset; returns its checksum. */
        public long random16k() throws IOException {
            return Checksum.sum(reader.read(offset(random, size), BLOCK), 0, BLOCK);
        }

        /** The whole file in {@value #WINDOW}-byte ranges; returns the checksum of every byte. */
        public long scan() throws IOException {
            long sum = 0;
            for (long pos = 0; pos < size; pos += WINDOW) {
                int n = (int) Math.min(WINDOW, size - pos);
                sum += Checksum.sum(reader.read(pos, n), 0, n);
            }
            return sum;
        }

        private void check(Path file, SplittableRandom offsets) throws IOException {
            ByteBuffer plain = ByteBuffer.allocate(BLOCK);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                for (int i = 0; i < CHECKED_READS; i++) {
                    long offset = offset(offsets, size);
                    plain.clear();
                    while (plain.hasRemaining() && ch.read(plain, offset + plain.position()) >= 0) {
                        // until the block is full or the file ends
                    }
                    long expected = 0;
                    for (int k = 0; k < plain.position(); k++) {
                        expected += plain.get(k) & 0xFF;
                    }
                    long actual = Checksum.sum(reader.read(offset, BLOCK), 0, BLOCK);
                    if (actual != expected || plain.position() != BLOCK) {
                        throw new IllegalStateException(file + ": " + BLOCK + " bytes at " + offset + " sum to " + actual
                                + " through the benchmark's reader, to " + expected + " through a plain read");
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** The next offset of a {@link #BLOCK}-byte read in a file of {@code size} bytes. */
    static long offset(SplittableRandom random, long size) {
        return random.nextLong(size - BLOCK + 1);
    }
}
