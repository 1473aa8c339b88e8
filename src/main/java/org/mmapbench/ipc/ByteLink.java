package org.mmapbench.ipc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One end of a reliable, ordered byte stream between two processes: the transports differ only
 * here, and {@link Messages} frames messages on top of every one of them the same way.
 */
interface ByteLink extends Closeable {

    /** Writes every remaining byte of {@code src}, blocking (or backing off) while the other side is behind. */
    void write(ByteBuffer src) throws IOException;

    /**
     * Fills the remaining space of {@code dst}, waiting for the other side as long as it lives.
     *
     * @throws IpcException if the stream ended, or the other side died, before {@code dst} was full
     */
    void readFully(ByteBuffer dst) throws IOException;
}
