package org.mmapbench.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import org.mmapbench.ipc.IpcSession;
import org.mmapbench.ipc.PeerCommand;
import org.mmapbench.ipc.Transport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Messages between two JVMs on this machine: the fork starts a peer JVM ({@code ipc.Peer}, same JDK,
 * same heap and pre-touch flags) once per trial, outside the measurement, and exchanges messages with
 * it over one {@link Transport}: a mapped ring file, a pipe, loopback TCP or a Unix-domain socket.
 *
 * <p>Every message carries a sequence number that the receiver checks; the payload checksums are
 * checked by the tests ({@code IpcSessionTest}), not here, so the benchmark measures the transport and
 * not CRC-32C.
 */
public class IpcBenchmark extends BenchmarkBase {
    /** Messages per operation of {@link #bulk}. */
    static final int BULK_MESSAGES = 16;

    /** One peer and its connection, for the whole trial. */
    @State(Scope.Thread)
    public static class Link {
        /** The transport. */
        @Param({"mappedRing", "pipe", "tcp", "unix"})
        public String transport;
        /** The payload of every message, in bytes. */
        @Param({"64", "4096", "65536", "1048576"})
        public int messageSize;

        IpcSession session;
        long checksum;
        boolean ackPending;

        /** Starts the peer, connects, and fills the payload with seeded random bytes. */
        @Setup(Level.Trial)
        public void start(BenchmarkParams params) throws IOException {
            session = IpcSession.start(Transport.byId(transport), PeerCommand.likeThisJvm(),
                    Path.of(System.getProperty("java.io.tmpdir")), messageSize, false, Duration.ofSeconds(30));
            ByteBuffer payload = session.outgoing();
            SplittableRandom random = new SplittableRandom(messageSize);
            for (int i = 0; i < messageSize; i++) {
                payload.put(i, (byte) random.nextInt(256));
            }
            checksum = session.checksumOfOutgoing(messageSize);
            Map<String, Object> r = ForkRecord.start(ForkRecord.PEER, params);
            r.put("java", PeerCommand.java());
            r.put("peerPid", session.peerPid());
            r.put("inputArguments", session.peerArguments());
            ForkRecord.append(r);
        }

        /** Waits for the last acknowledgement, stops the peer and deletes the shared files. */
        @TearDown(Level.Trial)
        public void stop() throws IOException {
            try {
                if (ackPending) {
                    session.receive();
                }
            } finally {
                session.close();
            }
        }
    }

    /** Round-trip latency: one message to the peer and the same payload back. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public long roundTrip(Link link) throws IOException {
        link.session.send(link.messageSize, true, false, link.checksum);
        int n = link.session.receive();
        if (n != link.messageSize) {
            throw new IllegalStateException("echo of " + n + " bytes for a message of " + link.messageSize);
        }
        return link.session.received();
    }

    /**
     * One-way bulk throughput: {@value #BULK_MESSAGES} messages to the peer, the last of them asking
     * for an acknowledgement; the operation then waits for the acknowledgement of the previous
     * operation's batch, so one batch is always in flight and the sender never waits a full round
     * trip. The score is time per message; MB/s is the message size over it.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OperationsPerInvocation(BULK_MESSAGES)
    public long bulk(Link link) throws IOException {
        for (int i = 1; i < BULK_MESSAGES; i++) {
            link.session.send(link.messageSize, false, false, link.checksum);
        }
        long seq = link.session.send(link.messageSize, false, true, link.checksum);
        if (link.ackPending) {
            link.session.receive();
        }
        link.ackPending = true;
        return seq;
    }
}
