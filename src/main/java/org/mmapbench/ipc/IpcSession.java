package org.mmapbench.ipc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.mmapbench.util.TempFolders;

/**
 * The starting side of an IPC exchange: starts a {@link Peer} JVM, connects to it over one
 * {@link Transport}, waits for its hello, and then sends and receives {@link Messages}.
 *
 * <p>Everything it creates goes into a fresh scratch folder of its own ({@link TempFolders}: the ring
 * file, the socket file, the peer's standard error; a later run deletes it if this process is killed), and {@link #close()} always reaps the peer (a stop message, then a kill if
 * it has not exited within the timeout) and deletes that folder, also after a failure. A peer that
 * dies is reported as an {@link IpcException} naming it and its exit code, within the timeout: stream
 * transports see the end of the stream at once, the ring checks after each park of its back-off
 * whether the peer still lives.
 */
public final class IpcSession implements AutoCloseable {
    /**
     * How long a peer may take to start and connect: a JVM start with a pre-touched heap, on a machine
     * that may be busy. Answers are bounded by the session's own timeout.
     */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private final Transport transport;
    private final Path folder;
    private final Process peer;
    private final Duration timeout;
    private ByteLink link;
    private Messages messages;
    private List<String> peerArguments = List.of();
    private boolean closed;

    private IpcSession(Transport transport, Path folder, Process peer, Duration timeout) {
        this.transport = transport;
        this.folder = folder;
        this.peer = peer;
        this.timeout = timeout;
    }

    /**
     * Starts a peer with {@code command} and connects to it.
     *
     * @param parent the folder in which the session creates its own
     * @param maxPayload the largest message payload either side sends
     * @param checkSums whether both sides checksum every payload (sequence numbers are always checked)
     * @param timeout how long to wait for the peer to answer or to exit (it has {@link #CONNECT_TIMEOUT} to connect)
     */
    public static IpcSession start(Transport transport, PeerCommand command, Path parent, int maxPayload, boolean checkSums,
                                   Duration timeout) throws IOException {
        Path folder = TempFolders.create(parent, "ipc");
        String address;
        ServerSocketChannel server = null;
        Path ringFile = folder.resolve("ring");
        try {
            if (transport == Transport.TCP) {
                server = ServerSocketChannel.open(StandardProtocolFamily.INET);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            } else if (transport == Transport.UNIX) {
                server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                server.bind(UnixDomainSocketAddress.of(folder.resolve("socket")));
            }
            ServerSocketChannel bound = server;
            address = switch (transport) {
                case MAPPED_RING -> ringFile.toString();
                case PIPE -> "-";
                case TCP -> Integer.toString(((InetSocketAddress) bound.getLocalAddress()).getPort());
                case UNIX -> folder.resolve("socket").toString();
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(server);
            TempFolders.delete(folder);
            throw e;
        }
        IpcSession session = null;
        try {
            if (transport == Transport.MAPPED_RING) {
                // The file exists before the peer starts, so it only has to map it.
                RingFile.create(ringFile, Math.max(RingFile.DEFAULT_CAPACITY, Long.highestOneBit(maxPayload + Messages.HEADER) * 2));
            }
            ProcessBuilder pb = new ProcessBuilder(command.command(List.of(transport.id(), address,
                    checkSums ? "all" : "sequence", Integer.toString(maxPayload))))
                    .redirectError(folder.resolve("peer.err").toFile());
            if (transport != Transport.PIPE) {
                pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            session = new IpcSession(transport, folder, pb.start(), timeout);
            session.connect(server, ringFile, maxPayload, checkSums);
            return session;
        } catch (IOException | RuntimeException e) {
            try {
                if (session != null) {
                    session.close();
                } else {
                    TempFolders.delete(folder);
                }
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        } finally {
            closeQuietly(server);
        }
    }

    private void connect(ServerSocketChannel server, Path ringFile, int maxPayload, boolean checkSums) throws IOException {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        switch (transport) {
            case MAPPED_RING -> {
                RingFile.RingLink ring = RingFile.openStarter(ringFile, this::checkPeer);
                link = ring;
                while (ring.readyPid() == 0) {
                    awaitPeer(deadline, "map the ring file");
                }
            }
            case PIPE -> link = new StreamLink(peer.getInputStream(), peer.getOutputStream(), "peer " + peer.pid());
            case TCP, UNIX -> {
                server.configureBlocking(false);
                SocketChannel s;
                while ((s = server.accept()) == null) {
                    awaitPeer(deadline, "connect");
                }
                s.configureBlocking(true);
                if (transport == Transport.TCP) {
                    s.setOption(StandardSocketOptions.TCP_NODELAY, true);
                }
                link = new ChannelLink(s, s, "peer " + peer.pid());
            }
        }
        messages = new Messages(link, "peer " + peer.pid() + " (" + transport.id() + ")", maxPayload, checkSums);
        int length = receiveChecked();
        if ((messages.flags() & Messages.HELLO) == 0) {
            throw new IpcException("peer " + peer.pid() + " (" + transport.id() + "): first message is not a hello (flags "
                    + messages.flags() + ")");
        }
        byte[] hello = new byte[length];
        messages.incoming().get(0, hello);
        List<String> lines = List.of(new String(hello, StandardCharsets.UTF_8).split("\n"));
        peerArguments = List.copyOf(lines.subList(1, lines.size()));
    }

    private void awaitPeer(long deadline, String what) throws IpcException {
        if (!peer.isAlive()) {
            throw died(null);
        }
        if (System.nanoTime() - deadline > 0) {
            throw new IpcException("peer " + peer.pid() + " (" + transport.id() + ") did not " + what + " within "
                    + CONNECT_TIMEOUT.toMillis() + " ms");
        }
        LockSupport.parkNanos(1_000_000);
    }

    /** The ring's liveness check: the peer must live and answer within the timeout. */
    private void checkPeer(long waitedNanos) throws IpcException {
        if (!peer.isAlive()) {
            throw died(null);
        }
        if (waitedNanos > timeout.toNanos()) {
            throw new IpcException("peer " + peer.pid() + " (" + transport.id() + ") has not answered for "
                    + timeout.toMillis() + " ms");
        }
    }

    private IpcException died(Throwable cause) {
        String exit;
        try {
            exit = peer.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? "exit code " + peer.exitValue()
                    + (peer.exitValue() == 128 + 9 ? " (SIGKILL)" : "") : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = "interrupted while waiting for it";
        }
        String err = lastLine(folder.resolve("peer.err"));
        return new IpcException("peer " + peer.pid() + " (" + transport.id() + ") died: " + exit
                + (err.isEmpty() ? "" : ", last words: " + err), cause);
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** The transport. */
    public Transport transport() {
        return transport;
    }

    /** The peer's pid. */
    public long peerPid() {
        return peer.pid();
    }

    /** The JVM arguments the peer reported in its hello. */
    public List<String> peerArguments() {
        return peerArguments;
    }

    /** The folder holding the session's files; deleted by {@link #close()}. */
    public Path folder() {
        return folder;
    }

    /** The payload buffer of the next message; it keeps its contents between sends. */
    public ByteBuffer outgoing() {
        return messages.outgoing();
    }

    /** The CRC-32C of the first {@code length} bytes of {@link #outgoing()}, for {@link #send(int, boolean, boolean, long)}. */
    public long checksumOfOutgoing(int length) {
        return messages.checksumOfOutgoing(length);
    }

    /**
     * Sends the first {@code length} bytes of {@link #outgoing()}, stamped with {@code checksum}.
     *
     * @param echo whether the peer sends the payload back
     * @param ack whether the peer acknowledges the message with an empty one
     * @return the message's sequence number
     */
    public long send(int length, boolean echo, boolean ack, long checksum) throws IOException {
        try {
            return messages.send(length, (echo ? Messages.ECHO : 0) | (ack ? Messages.ACK : 0), checksum);
        } catch (IpcException e) {
            throw e;
        } catch (IOException e) {
            throw peer.isAlive() ? e : died(e);
        }
    }

    /** Receives the peer's next message (an echo or an acknowledgement) into {@link #incoming()}; returns its length. */
    public int receive() throws IOException {
        return receiveChecked();
    }

    private int receiveChecked() throws IOException {
        try {
            return messages.receive();
        } catch (IpcException e) {
            throw e;
        } catch (IOException e) {
            throw died(e);
        }
    }

    /** The payload of the message last received. */
    public ByteBuffer incoming() {
        return messages.incoming();
    }

    /** The sequence number of the peer's last message. */
    public long received() {
        return messages.received();
    }

    /** Kills the peer with SIGKILL (for tests of a dying peer); {@link #close()} still cleans up. */
    public void killPeer() throws InterruptedException {
        peer.destroyForcibly();
        peer.waitFor();
    }

    /**
     * Stops the peer (a stop message, then SIGKILL if it has not exited within the timeout), waits for
     * it, closes the link and deletes the session's folder.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (messages != null && peer.isAlive()) {
                try {
                    messages.send(0, Messages.STOP, 0);
                } catch (IOException e) {
                    // the peer is going or gone: it is killed below if it has not exited
                }
            }
            if (!peer.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                peer.destroyForcibly();
                peer.waitFor();
            }
        } catch (InterruptedException e) {
            peer.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                if (link != null) {
                    link.close();
                }
            } finally {
                TempFolders.delete(folder);
            }
        }
    }

    private static void closeQuietly(ServerSocketChannel server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // nothing was accepted through it that could be lost
            }
        }
    }
}
