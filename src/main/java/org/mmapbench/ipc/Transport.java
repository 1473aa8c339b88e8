package org.mmapbench.ipc;

import org.mmapbench.util.EnumIds;

/** How two JVM processes on this machine exchange messages; each id is a value of the IPC benchmarks' {@code transport} parameter. */
public enum Transport {
    /**
     * One file mapped by both processes ({@code FileChannel.map(READ_WRITE, ..., Arena)}) holding two
     * single-producer single-consumer byte rings, one per direction, ordered by {@code VarHandle}
     * release/acquire on the segment ({@link MappedRing}).
     */
    MAPPED_RING("mappedRing"),
    /** The peer's standard input and output: two anonymous pipes. */
    PIPE("pipe"),
    /** A loopback TCP connection ({@code SocketChannel} to {@code 127.0.0.1}) with Nagle's algorithm off. */
    TCP("tcp"),
    /** A Unix-domain stream socket ({@code SocketChannel} with a {@code UnixDomainSocketAddress}). */
    UNIX("unix");

    private final String id;

    Transport(String id) {
        this.id = id;
    }

    /** The id used on the command line and as a JMH parameter value, e.g. {@code mappedRing}. */
    public String id() {
        return id;
    }

    /** The transport with this id. */
    public static Transport byId(String id) {
        return EnumIds.byId(Transport.class, Transport::id, id, "transport");
    }
}
