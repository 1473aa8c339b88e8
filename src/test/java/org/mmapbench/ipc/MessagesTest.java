package org.mmapbench.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** The receiver's checks, on hand-made frames: a lost, duplicated, reordered or torn message is named as such. */
class MessagesTest {

    /** A link that plays back bytes written into it. */
    private static final class Loop implements ByteLink {
        final ArrayDeque<Byte> bytes = new ArrayDeque<>();

        @Override
        public void write(ByteBuffer src) {
            while (src.hasRemaining()) {
                bytes.add(src.get());
            }
        }

        @Override
        public void readFully(ByteBuffer dst) throws IOException {
            while (dst.hasRemaining()) {
                if (bytes.isEmpty()) {
                    throw new EOFException("nothing more");
                }
                dst.put(bytes.poll());
            }
        }

        @Override
        public void close() {
        }
    }

    private static void frame(Loop loop, long seq, byte[] payload, long crc) {
        ByteBuffer b = ByteBuffer.allocate(Messages.HEADER + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(payload.length).putInt(0).putLong(seq).putLong(crc).put(payload).flip();
        loop.write(b);
    }

    private static long crc(byte[] b) {
        CRC32C c = new CRC32C();
        c.update(b);
        return c.getValue();
    }

    @Test
    void goodFramesPass() throws IOException {
        Loop loop = new Loop();
        Messages m = new Messages(loop, "test", 16, true);
        byte[] p = {1, 2, 3};
        m.outgoing().put(0, p);
        m.send(3, 0);
        m.send(3, 0);
        assertEquals(3, m.receive());
        assertEquals(3, m.receive());
        assertEquals(2, m.received());
    }

    @Test
    void aGapIsALostMessage() {
        Loop loop = new Loop();
        byte[] p = {1};
        frame(loop, 1, p, crc(p));
        frame(loop, 3, p, crc(p));
        Messages m = new Messages(loop, "test", 16, true);
        IpcException e = assertThrows(IpcException.class, () -> {
            m.receive();
            m.receive();
        });
        assertTrue(e.getMessage().contains("sequence number 3 where 2 was due (1 message(s) lost)"), e.getMessage());
    }

    @Test
    void aRepeatIsADuplicate() {
        Loop loop = new Loop();
        byte[] p = {1};
        frame(loop, 1, p, crc(p));
        frame(loop, 1, p, crc(p));
        Messages m = new Messages(loop, "test", 16, true);
        IpcException e = assertThrows(IpcException.class, () -> {
            m.receive();
            m.receive();
        });
        assertTrue(e.getMessage().contains("duplicated or reordered"), e.getMessage());
    }

    @Test
    void aWrongChecksumIsATornMessageAndIgnoredOnlyWhenNotChecked() throws IOException {
        byte[] p = {1, 2, 3, 4};
        Loop loop = new Loop();
        frame(loop, 1, p, crc(p) ^ 1);
        IpcException e = assertThrows(IpcException.class, () -> new Messages(loop, "test", 16, true).receive());
        assertTrue(e.getMessage().contains("(torn message)"), e.getMessage());
        Loop unchecked = new Loop();
        frame(unchecked, 1, p, crc(p) ^ 1);
        assertEquals(4, new Messages(unchecked, "test", 16, false).receive());
    }

    @Test
    void anImpossibleLengthIsATornHeader() {
        Loop loop = new Loop();
        frame(loop, 1, new byte[Messages.MIN_CAPACITY + 1], 0);
        IpcException e = assertThrows(IpcException.class, () -> new Messages(loop, "test", 16, true).receive());
        assertTrue(e.getMessage().contains("torn header"), e.getMessage());
    }
}
