package org.mmapbench.ipc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A {@link ByteLink} over blocking channels: a socket (TCP or Unix-domain) or the peer's side of its
 * standard input and output pipes. A peer that dies closes its end, so a read ends with end of stream
 * or a reset instead of blocking forever.
 */
final class ChannelLink implements ByteLink {
    private final ReadableByteChannel in;
    private final WritableByteChannel out;
    private final String what;

    /** A link reading {@code in} and writing {@code out}; {@code what} names the other side in errors. */
    ChannelLink(ReadableByteChannel in, WritableByteChannel out, String what) {
        this.in = in;
        this.out = out;
        this.what = what;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            out.write(src);
        }
    }

    @Override
    public void readFully(ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            if (in.read(dst) < 0) {
                throw new EOFException(what + " closed the stream with " + dst.remaining() + " bytes of a message still to come");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            if (in != out) {
                in.close();
            }
        }
    }
}
