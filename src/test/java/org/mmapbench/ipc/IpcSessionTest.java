package org.mmapbench.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mmapbench.Needs;
import org.mmapbench.sys.ProcessMappings;
import org.mmapbench.util.MappedFaults;

/**
 * Every transport against a real peer JVM: no message lost, torn, duplicated or reordered (each side
 * checks sequence numbers and CRC-32C, and the echoes are compared byte for byte); the peer is always
 * reaped, the session's files deleted and no longer mapped (the mapping count of the ring returns to
 * its start); a killed or stopped peer is reported within the timeout; a
 * ring file truncated while mapped is reported as a file that changed while mapped, naming it.
 */
@Needs.ChildProcesses
class IpcSessionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX = 1 << 20;
    /** Sizes around the header, odd sizes, and sizes that make the ring wrap at every offset. */
    private static final int[] SIZES = {0, 1, 7, 64, 4095, 4096, 4097, 65_536, 100_003, MAX};

    @TempDir
    Path tmp;

    private static PeerCommand peer() {
        return new PeerCommand(java.util.List.of("-Xmx64m", "-XX:TieredStopAtLevel=1", PeerCommand.VM_OUTPUT_TO_STDERR));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void echoesArriveWholeInOrderAndOnce(Transport t) throws Exception {
        long pid;
        Path folder;
        SplittableRandom random = new SplittableRandom(42);
        try (IpcSession s = IpcSession.start(t, peer(), tmp, MAX, true, TIMEOUT)) {
            pid = s.peerPid();
            folder = s.folder();
            assertTrue(s.peerArguments().contains("-Xmx64m"), s.peerArguments().toString());
            for (int round = 0; round < 300; round++) {
                int size = round < SIZES.length ? SIZES[round] : SIZES[random.nextInt(SIZES.length)] - random.nextInt(3) + 2;
                size = Math.min(MAX, Math.max(0, size));
                byte[] payload = new byte[size];
                random.nextBytes(payload);
                s.outgoing().put(0, payload);
                long seq = s.send(size, true, false, s.checksumOfOutgoing(size));
                assertEquals(round + 1, seq);
                assertEquals(size, s.receive());
                byte[] back = new byte[size];
                s.incoming().get(0, back);
                assertArrayEquals(payload, back, "echo of message " + seq + " (" + size + " bytes) over " + t.id());
                assertEquals(seq + 1, s.received(), "the hello is the peer's message 1");
            }
            // Bulk: many messages without replies, then one acknowledged.
            for (int i = 0; i < 64; i++) {
                int size = SIZES[i % SIZES.length];
                s.send(size, false, i == 63, s.checksumOfOutgoing(size));
            }
            assertEquals(0, s.receive());
        }
        assertReaped(pid, folder);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aKilledPeerIsReportedNotWaitedFor(Transport t) throws Exception {
        long pid;
        Path folder;
        try (IpcSession s = IpcSession.start(t, peer(), tmp, 4096, true, TIMEOUT)) {
            pid = s.peerPid();
            folder = s.folder();
            s.send(64, true, false, s.checksumOfOutgoing(64));
            s.receive();
            s.killPeer();
            IpcException e = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThrows(IpcException.class, () -> {
                s.send(64, true, false, s.checksumOfOutgoing(64));
                s.receive();
            }));
            assertTrue(e.getMessage().contains("peer " + pid + " (" + t.id() + ") died: exit code 137 (SIGKILL)"), e.getMessage());
        }
        assertReaped(pid, folder);
    }

    @Test
    void aRingPeerThatStopsAnsweringTimesOut() throws Exception {
        long pid;
        Path folder;
        try (IpcSession s = IpcSession.start(Transport.MAPPED_RING, peer(), tmp, 4096, true, Duration.ofSeconds(1))) {
            pid = s.peerPid();
            folder = s.folder();
            assertEquals(0, new ProcessBuilder("kill", "-STOP", Long.toString(pid)).start().waitFor());
            long start = System.nanoTime();
            IpcException e = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThrows(IpcException.class, () -> {
                s.send(64, true, false, s.checksumOfOutgoing(64));
                s.receive();
            }));
            assertTrue(e.getMessage().contains("has not answered for 1000 ms"), e.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
        }
        assertReaped(pid, folder);
    }

    @Test
    void theSessionCleansUpWhenItsUserFails() throws Exception {
        long[] pid = new long[1];
        Path[] folder = new Path[1];
        assertThrows(IllegalStateException.class, () -> {
            try (IpcSession s = IpcSession.start(Transport.UNIX, peer(), tmp, 4096, true, TIMEOUT)) {
                pid[0] = s.peerPid();
                folder[0] = s.folder();
                throw new IllegalStateException("a failing test");
            }
        });
        assertReaped(pid[0], folder[0]);
    }

    @Test
    void aPeerThatCannotStartIsReportedWithItsLastWords() throws IOException {
        PeerCommand broken = new PeerCommand(java.util.List.of("-Xmx64m", "-XX:+NoSuchFlagAnywhere"));
        IpcException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(IpcException.class,
                () -> IpcSession.start(Transport.TCP, broken, tmp, 4096, true, TIMEOUT)));
        assertTrue(e.getMessage().contains("died: exit code 1"), e.getMessage());
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "the session folder is deleted");
        }
    }

    @Test
    void aRingFileTruncatedByAnotherProcessIsReportedNamingTheFile() throws Exception {
        long pid;
        Path folder;
        try (IpcSession s = IpcSession.start(Transport.MAPPED_RING, peer(), tmp, 4096, true, TIMEOUT)) {
            pid = s.peerPid();
            folder = s.folder();
            s.send(64, true, false, s.checksumOfOutgoing(64));
            s.receive();
            Path ring = folder.resolve("ring");
            assertEquals(0, new ProcessBuilder("truncate", "-s", "0", ring.toString()).inheritIO().start().waitFor());
            IpcException e = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThrows(IpcException.class, () -> {
                s.send(64, true, false, s.checksumOfOutgoing(64));
                s.receive();
            }));
            assertTrue(e.getMessage().startsWith(ring + ": the file " + MappedFaults.PHRASE), e.getMessage());
        }
        assertReaped(pid, folder);
    }

    private static void assertReaped(long pid, Path folder) {
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "peer " + pid + " still runs");
        assertFalse(Files.exists(folder), folder + " still exists");
        assertTrue(ProcessMappings.mappedFiles().stream().noneMatch(p -> p.startsWith(folder)),
                "a file of " + folder + " is still mapped: " + ProcessMappings.mappedFiles());
    }
}
