package org.mmapbench.ipc;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The peer process of an IPC exchange: connects to its starter over one {@link Transport}, says hello
 * (its pid and JVM arguments), then answers every message until told to stop: it sends an
 * {@link Messages#ECHO} message back, acknowledges an {@link Messages#ACK} one with an empty message,
 * and only receives the rest. Every incoming message is checked ({@link Messages}).
 *
 * <p>Arguments: {@code <transport> <address> <check> <max-payload>}, where the address is the ring
 * file, the TCP port, the socket file, or {@code -} for the pipe, and check is {@code all}
 * (sequence numbers and checksums) or {@code sequence}. Exits 0 after a stop message, 2 on any error
 * (one line on standard error), 3 when its starter died.
 */
public final class Peer {
    /** How often, at most, a waiting ring peer asks whether its starter is still alive. */
    private static final long PARENT_CHECK_NANOS = 10_000_000;

    private Peer() {
    }

    /** Runs the peer; see the class comment. */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: Peer <transport> <address> <all|sequence> <max-payload>");
            System.exit(2);
        }
        try (ByteLink link = connect(Transport.byId(args[0]), args[1])) {
            Messages m = new Messages(link, "the starter", Integer.parseInt(args[3]), args[2].equals("all"));
            byte[] hello = (ProcessHandle.current().pid() + "\n"
                    + String.join("\n", ManagementFactory.getRuntimeMXBean().getInputArguments())).getBytes(StandardCharsets.UTF_8);
            m.outgoing().put(0, hello);
            m.send(hello.length, Messages.HELLO);
            serve(m);
            System.exit(0);
        } catch (StarterGone e) {
            System.err.println("peer: " + e.getMessage());
            System.exit(3);
        } catch (IOException | RuntimeException e) {
            System.err.println("peer: " + e);
            System.exit(2);
        }
    }

    private static void serve(Messages m) throws IOException {
        while (true) {
            int length = m.receive();
            int flags = m.flags();
            if ((flags & Messages.STOP) != 0) {
                return;
            }
            if ((flags & Messages.ECHO) != 0) {
                m.outgoing().put(0, m.incoming(), 0, length);
                m.send(length, 0, m.checksum());
            } else if ((flags & Messages.ACK) != 0) {
                m.send(0, Messages.ACK, 0);
            }
        }
    }

    private static ByteLink connect(Transport t, String address) throws IOException {
        return switch (t) {
            case MAPPED_RING -> RingFile.openPeer(Path.of(address), starterLiveness());
            case PIPE -> new ChannelLink(new FileInputStream(FileDescriptor.in).getChannel(),
                    new FileOutputStream(FileDescriptor.out).getChannel(), "the starter");
            case TCP -> {
                SocketChannel s = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(address)));
                s.setOption(StandardSocketOptions.TCP_NODELAY, true);
                yield new ChannelLink(s, s, "the starter");
            }
            case UNIX -> {
                SocketChannel s = SocketChannel.open(UnixDomainSocketAddress.of(address));
                yield new ChannelLink(s, s, "the starter");
            }
        };
    }

    /** A waiting ring peer gives up when the process that started it has died (checked at most every 10 ms). */
    private static MappedRing.Liveness starterLiveness() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        long[] lastCheck = {System.nanoTime()};
        return waited -> {
            long now = System.nanoTime();
            if (now - lastCheck[0] < PARENT_CHECK_NANOS) {
                return;
            }
            lastCheck[0] = now;
            if (parent == null || !parent.isAlive()) {
                throw new StarterGone("the process that started this peer has exited; stopping");
            }
        };
    }

    /** The starter died while the peer waited on the ring. */
    private static final class StarterGone extends IpcException {
        private static final long serialVersionUID = 1L;

        StarterGone(String message) {
            super(message);
        }
    }
}
