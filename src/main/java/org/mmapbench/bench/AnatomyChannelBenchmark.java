package org.mmapbench.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Cost anatomy, the channel: opening a read-only {@code FileChannel} on the warm corpus, asking its
 * size ({@code fstat}) and closing it, which every whole-file strategy, regular or mapped, does once
 * per operation.
 */
public class AnatomyChannelBenchmark extends AnatomyBenchmark {

    /** {@code FileChannel.open}, {@code size()}, {@code close()}. */
    @Benchmark
    public long openClose(WarmState warm) throws IOException {
        try (FileChannel ch = FileChannel.open(warm.file(), StandardOpenOption.READ)) {
            return ch.size();
        }
    }
}
