package org.mmapbench.ipc;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.util.MappedFaults;

/**
 * The shared file of the {@link Transport#MAPPED_RING} transport, mapped {@code READ_WRITE} by both
 * processes: a 4 KiB header, then the data of the ring from the starter to the peer, then the data
 * of the ring back. Header: a magic number, the ring capacity, the peer's pid once it has mapped the
 * file (its ready signal, stored with release semantics), and the four ring counters, each on its own
 * 64-byte cache line.
 *
 * <p>The mapping lives in a shared arena and is unmapped when the link closes. A ring file truncated
 * by another process while mapped makes the next access fault; the link reports it as an
 * {@link IpcException} that names the file and says it {@value MappedFaults#PHRASE}, which a run turns
 * into exit 3 with nothing published.
 */
final class RingFile {
    /** "MMAPRING" in ASCII. */
    static final long MAGIC = 0x4D4D4150_52494E47L;
    /** The ring capacity the benchmarks and tests use: 4 MiB per direction. */
    static final long DEFAULT_CAPACITY = 4L << 20;
    private static final long HEADER = 4096;
    private static final long CAPACITY_AT = 8;
    private static final long READY_AT = 16;
    private static final long[] COUNTERS = {64, 128, 192, 256}; // out head, out tail, back head, back tail
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private RingFile() {
    }

    /** Creates {@code file} (which must not exist) with two empty rings of {@code capacity} bytes. */
    static void create(Path file, long capacity) throws IOException {
        if (Long.bitCount(capacity) != 1 || capacity < 4096) {
            throw new IllegalArgumentException("ring capacity " + capacity + " is not a power of two >= 4096");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
            header.putLong(MAGIC).putLong(capacity).flip();
            ch.write(header, 0);
            ch.write(ByteBuffer.wrap(new byte[1]), HEADER + 2 * capacity - 1); // the rest reads as zeros: empty rings
        }
    }

    /** Maps a ring file created by {@link #create} for the starter's side. */
    static RingLink openStarter(Path file, MappedRing.Liveness liveness) throws IOException {
        return map(file, true, liveness);
    }

    /** Maps a ring file for the peer's side and signals that the peer is ready. */
    static RingLink openPeer(Path file, MappedRing.Liveness liveness) throws IOException {
        RingLink link = map(file, false, liveness);
        LONG.setRelease(link.segment(), READY_AT, ProcessHandle.current().pid());
        return link;
    }

    /** The pid the peer stored once it mapped the file, or 0 before that. */
    static long readyPid(MemorySegment segment) {
        return (long) LONG.getAcquire(segment, READY_AT);
    }

    private static RingLink map(Path file, boolean starter, MappedRing.Liveness liveness) throws IOException {
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size < HEADER) {
                throw new IpcException(file + ": not a ring file (" + size + " bytes)");
            }
            MemorySegment all = ch.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
            long magic = all.get(ValueLayout.JAVA_LONG, 0);
            long capacity = all.get(ValueLayout.JAVA_LONG, CAPACITY_AT);
            if (magic != MAGIC || size != HEADER + 2 * capacity) {
                throw new IpcException(file + ": not a ring file (magic " + Long.toHexString(magic) + ", capacity " + capacity
                        + ", size " + size + ")");
            }
            MemorySegment there = all.asSlice(HEADER, capacity);
            MemorySegment back = all.asSlice(HEADER + capacity, capacity);
            MappedRing out = starter ? new MappedRing(there, all, COUNTERS[0], COUNTERS[1], liveness)
                    : new MappedRing(back, all, COUNTERS[2], COUNTERS[3], liveness);
            MappedRing in = starter ? new MappedRing(back, all, COUNTERS[2], COUNTERS[3], liveness)
                    : new MappedRing(there, all, COUNTERS[0], COUNTERS[1], liveness);
            return new RingLink(file, arena, all, out, in);
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    /** One side's view of a ring file: the ring it writes and the ring it reads. */
    static final class RingLink implements ByteLink {
        private final Path file;
        private final Arena arena;
        private final MemorySegment segment;
        private final MappedRing out;
        private final MappedRing in;

        RingLink(Path file, Arena arena, MemorySegment segment, MappedRing out, MappedRing in) {
            this.file = file;
            this.arena = arena;
            this.segment = segment;
            this.out = out;
            this.in = in;
        }

        MemorySegment segment() {
            return segment;
        }

        /** The pid the peer stored once it mapped the file, or 0 before that. */
        long readyPid() throws IpcException {
            try {
                return RingFile.readyPid(segment);
            } catch (InternalError e) {
                throw changed(e);
            }
        }

        @Override
        public void write(ByteBuffer src) throws IOException {
            try {
                out.write(src);
            } catch (InternalError e) {
                throw changed(e);
            }
        }

        @Override
        public void readFully(ByteBuffer dst) throws IOException {
            try {
                in.readFully(dst);
            } catch (InternalError e) {
                throw changed(e);
            }
        }

        /** The exception for a fault in the mapping: the file changed under it; any other error as it was. */
        private IpcException changed(InternalError e) {
            if (MappedFaults.isMappedFault(e)) {
                return new IpcException(MappedFaults.message(file), e);
            }
            throw e;
        }

        @Override
        public void close() {
            if (arena.scope().isAlive()) {
                arena.close();
            }
        }
    }
}
