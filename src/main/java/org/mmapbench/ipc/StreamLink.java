package org.mmapbench.ipc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A {@link ByteLink} over the starter's ends of a child process's standard input and output (Java
 * gives them only as streams): bytes go through a heap array of {@value #CHUNK} bytes, and every
 * write is flushed.
 */
final class StreamLink implements ByteLink {
    static final int CHUNK = 64 * 1024;
    private final InputStream in;
    private final OutputStream out;
    private final String what;
    private final byte[] buffer = new byte[CHUNK];

    /** A link reading {@code in} and writing {@code out}; {@code what} names the other side in errors. */
    StreamLink(InputStream in, OutputStream out, String what) {
        this.in = in;
        this.out = out;
        this.what = what;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            int n = Math.min(buffer.length, src.remaining());
            src.get(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        out.flush();
    }

    @Override
    public void readFully(ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int n = in.read(buffer, 0, Math.min(buffer.length, dst.remaining()));
            if (n < 0) {
                throw new EOFException(what + " closed the stream with " + dst.remaining() + " bytes of a message still to come");
            }
            dst.put(buffer, 0, n);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            in.close();
        }
    }
}
