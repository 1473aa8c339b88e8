package org.mmapbench.access;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** The read loops shared by the {@code FileChannel} strategies. */
final class ChannelReads {
    private ChannelReads() {
    }

    /** Reads until {@code dst} is full, failing if the file ends first. */
    static void readFully(FileChannel ch, ByteBuffer dst, Path file) throws IOException {
        while (dst.hasRemaining()) {
            if (ch.read(dst) < 0) {
                throw new EOFException(file + ": ended early, " + dst.remaining() + " bytes missing");
            }
        }
    }
}
