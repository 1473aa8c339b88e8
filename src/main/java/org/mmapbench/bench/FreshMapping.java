package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A read-only mapping of the whole corpus, made before each call of an anatomy benchmark and
 * unmapped after it (both outside the timed region), so that every call meets a fresh mapping:
 * untouched for the first-touch steps, touched for the unmap steps. Each nested class is one
 * combination of arena kind and pages touched in advance.
 *
 * <p>A call may close the arena itself (the unmap steps); {@link #unmap()} then has nothing left to do.
 */
@State(Scope.Thread)
public abstract class FreshMapping {

    /** How many pages the setup touches before the call. */
    enum Touched {
        /** None: every page of the mapping faults on its first access. */
        NONE,
        /** The first page only, as find leaves a mapping (its first match is on the first page). */
        FIRST,
        /** Every page, as read, regex and replace leave a mapping. */
        ALL
    }

    private Arena arena;
    private MemorySegment mapping;

    /** The arena kind of this state. */
    abstract Arena newArena();

    /** Which pages the setup touches. */
    abstract Touched touched();

    /** Maps the corpus open in {@code input} and touches {@link #touched()} pages. */
    @Setup(Level.Invocation)
    public void map(AnatomyInput input) throws IOException {
        WorkerCounters.excludeBegin(); // the setup's faults and calls are not the step's
        try {
            map(input.channel(), input.size());
        } finally {
            WorkerCounters.excludeEnd();
        }
    }

    void map(FileChannel channel, long size) throws IOException {
        arena = newArena();
        mapping = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
        switch (touched()) {
            case NONE -> { }
            case FIRST -> Touch.sink(mapping.get(ValueLayout.JAVA_BYTE, 0));
            case ALL -> Touch.sink(Touch.everyPage(mapping));
            default -> throw new AssertionError(touched());
        }
    }

    /** Unmaps the mapping unless the call already did. */
    @TearDown(Level.Invocation)
    public void unmap() {
        if (arena != null && arena.scope().isAlive()) {
            WorkerCounters.excludeBegin();
            try {
                arena.close();
            } finally {
                WorkerCounters.excludeEnd();
            }
        }
        arena = null;
        mapping = null;
    }

    /** The mapping of this call. */
    public MemorySegment mapping() {
        return mapping;
    }

    /** Closes this call's arena: the unmap steps' timed work. */
    public void close() {
        arena.close();
    }

    /** A confined arena, no page touched: for the first-touch steps. */
    public static class Untouched extends FreshMapping {
        @Override
        Arena newArena() {
            return Arena.ofConfined();
        }

        @Override
        Touched touched() {
            return Touched.NONE;
        }
    }

    /** A confined arena, every page touched: for unmapping after read, regex or replace. */
    public static class ConfinedTouched extends FreshMapping {
        @Override
        Arena newArena() {
            return Arena.ofConfined();
        }

        @Override
        Touched touched() {
            return Touched.ALL;
        }
    }

    /** A confined arena, the first page touched: for unmapping after find or seekFind. */
    public static class ConfinedFirstPage extends FreshMapping {
        @Override
        Arena newArena() {
            return Arena.ofConfined();
        }

        @Override
        Touched touched() {
            return Touched.FIRST;
        }
    }

    /** A shared arena, every page touched: closing it handshakes every thread of the JVM. */
    public static class SharedTouched extends FreshMapping {
        @Override
        Arena newArena() {
            return Arena.ofShared();
        }

        @Override
        Touched touched() {
            return Touched.ALL;
        }
    }
}
