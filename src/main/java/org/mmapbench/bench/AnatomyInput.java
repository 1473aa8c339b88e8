package org.mmapbench.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The warm corpus of an anatomy benchmark with one read-only channel open for the whole trial, so
 * that steps after the open (map, first touch, unmap) are priced without it.
 */
@State(Scope.Thread)
public class AnatomyInput {

    private Path file;
    private FileChannel channel;
    private long size;

    /** Opens the channel on the corpus {@code warm} has cached. */
    @Setup(Level.Trial)
    public void open(WarmState warm) throws IOException {
        open(warm.file());
    }

    /** Opens the channel on {@code corpus} (for tests; the benchmark's setup passes its warm corpus). */
    void open(Path corpus) throws IOException {
        file = corpus;
        channel = FileChannel.open(corpus, StandardOpenOption.READ);
        size = channel.size();
        if (size == 0) {
            throw new IllegalStateException(corpus + " is empty: there is nothing to map or read");
        }
    }

    /** Closes the channel. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    /** The corpus file. */
    public Path file() {
        return file;
    }

    /** The open channel. */
    public FileChannel channel() {
        return channel;
    }

    /** The corpus size in bytes (at least 1). */
    public long size() {
        return size;
    }
}
