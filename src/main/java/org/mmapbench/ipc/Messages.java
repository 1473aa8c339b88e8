package org.mmapbench.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * Messages framed on a {@link ByteLink}, the same on every transport: a 24-byte header (payload
 * length, flags, sequence number, CRC-32C of the payload) followed by the payload, written with one
 * call so a socket sends header and payload together.
 *
 * <p>The receiver checks every message: its sequence number must be the previous one plus one (a
 * higher one means a message was lost, a lower one that it was duplicated or reordered) and, when
 * checksums are checked, the CRC-32C of the payload must match (a mismatch means a torn message).
 * Each side numbers its own messages from 1.
 */
final class Messages {
    /** Header bytes before each payload. */
    static final int HEADER = 24;
    /** The peer sends the payload back. */
    static final int ECHO = 1;
    /** The peer answers with an empty message once it has received this one. */
    static final int ACK = 2;
    /** The peer stops after this message. */
    static final int STOP = 4;
    /** The peer's first message: its pid and JVM arguments. */
    static final int HELLO = 8;
    /** The smallest payload capacity, whatever the messages' size: room for the hello. */
    static final int MIN_CAPACITY = 16 * 1024;

    private final ByteLink link;
    private final String who;
    private final int maxPayload;
    private final boolean checkSums;
    private final ByteBuffer out;
    private final ByteBuffer outPayload;
    private final ByteBuffer inHeader;
    private final ByteBuffer in;
    private final CRC32C crc = new CRC32C();
    private long sent;
    private long received;
    private int flags;
    private long lastCrc;

    /**
     * Messages of up to {@code maxPayload} bytes (at least {@value #MIN_CAPACITY}) on {@code link};
     * {@code who} names the sender of incoming messages in errors; {@code checkSums} whether incoming
     * payloads are checksummed.
     */
    Messages(ByteLink link, String who, int maxPayload, boolean checkSums) {
        this.link = link;
        this.who = who;
        this.maxPayload = Math.max(MIN_CAPACITY, maxPayload);
        this.checkSums = checkSums;
        this.out = ByteBuffer.allocateDirect(HEADER + this.maxPayload).order(ByteOrder.LITTLE_ENDIAN);
        this.outPayload = out.slice(HEADER, this.maxPayload);
        this.inHeader = ByteBuffer.allocateDirect(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        this.in = ByteBuffer.allocateDirect(this.maxPayload);
    }

    /** The largest payload. */
    int maxPayload() {
        return maxPayload;
    }

    /** The payload buffer of the next message (it keeps its contents between sends); fill bytes 0 to the length sent. */
    ByteBuffer outgoing() {
        return outPayload;
    }

    /** The CRC-32C of the first {@code length} bytes of {@link #outgoing()}. */
    long checksumOfOutgoing(int length) {
        return checksum(outPayload, length);
    }

    /** Sends the first {@code length} bytes of {@link #outgoing()} with {@code flags}, checksumming them; returns its sequence number. */
    long send(int length, int flags) throws IOException {
        return send(length, flags, checksumOfOutgoing(length));
    }

    /** Sends the first {@code length} bytes of {@link #outgoing()} with {@code flags} and the given checksum; returns its sequence number. */
    long send(int length, int flags, long checksum) throws IOException {
        if (length < 0 || length > maxPayload) {
            throw new IllegalArgumentException("payload of " + length + " bytes (at most " + maxPayload + ")");
        }
        long seq = ++sent;
        out.clear();
        out.putInt(0, length).putInt(4, flags).putLong(8, seq).putLong(16, checksum);
        out.limit(HEADER + length);
        link.write(out);
        return seq;
    }

    /**
     * Receives the next message into {@link #incoming()}, checking its sequence number and (if asked) its checksum;
     * returns its payload length.
     */
    int receive() throws IOException {
        inHeader.clear();
        link.readFully(inHeader);
        int length = inHeader.getInt(0);
        flags = inHeader.getInt(4);
        long seq = inHeader.getLong(8);
        lastCrc = inHeader.getLong(16);
        long expected = received + 1;
        if (seq != expected) {
            throw new IpcException("message from " + who + ": sequence number " + seq + " where " + expected + " was due ("
                    + (seq > expected ? (seq - expected) + " message(s) lost" : "duplicated or reordered") + ")");
        }
        if (length < 0 || length > maxPayload) {
            throw new IpcException("message " + seq + " from " + who + ": header says " + length + " payload bytes (at most "
                    + maxPayload + "): torn header");
        }
        in.clear().limit(length);
        link.readFully(in);
        in.flip();
        received = seq;
        if (checkSums) {
            long actual = checksum(in, length);
            if (actual != lastCrc) {
                throw new IpcException("message " + seq + " from " + who + ": CRC-32C of its " + length + " payload bytes is "
                        + Long.toHexString(actual) + ", the header says " + Long.toHexString(lastCrc) + " (torn message)");
            }
        }
        return length;
    }

    /** The payload of the message last received, from position 0 to its length. */
    ByteBuffer incoming() {
        return in;
    }

    /** The flags of the message last received. */
    int flags() {
        return flags;
    }

    /** The checksum in the header of the message last received. */
    long checksum() {
        return lastCrc;
    }

    /** Sequence number of the last message sent. */
    long sent() {
        return sent;
    }

    /** Sequence number of the last message received. */
    long received() {
        return received;
    }

    private long checksum(ByteBuffer b, int length) {
        crc.reset();
        crc.update(b.duplicate().position(0).limit(length));
        return crc.getValue();
    }
}
