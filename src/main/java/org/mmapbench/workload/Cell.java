package org.mmapbench.workload;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mmapbench.access.Durability;
import org.mmapbench.access.FileChangedWhileMappedException;

/**
 * One measurable combination: a workload, written as one variant, run through one access
 * strategy. {@link Cells} lists every cell that exists.
 *
 * @param workload what is done
 * @param variant how it is written
 * @param strategy the access strategy id
 * @param maxFileSize the largest file this cell can handle (heap strategies hold at most 2 GiB - 9 bytes)
 * @param input the content the cell accepts (any bytes, or UTF-8 for code that decodes it)
 * @param preparer makes the cell's code for one trial (with, for windowed cells, the window it reuses)
 * @param durability whether a cell of the {@link Variant#DURABILITY} variant syncs; null for every other variant
 */
public record Cell(Workload workload, Variant variant, String strategy, long maxFileSize, Input input, Preparer preparer,
        Durability durability) {

    /** Checks that exactly the durability variant's cells have a durability. */
    public Cell {
        if ((variant == Variant.DURABILITY) != (durability != null)) {
            throw new IllegalArgumentException(workload.id() + "/" + variant.id() + "/" + strategy
                    + ": a durability belongs to the cells of the durability variant, and only to them");
        }
    }

    /** A cell of any variant but {@link Variant#DURABILITY}. */
    public Cell(Workload workload, Variant variant, String strategy, long maxFileSize, Input input, Preparer preparer) {
        this(workload, variant, strategy, maxFileSize, input, preparer, null);
    }

    /** The code of a cell, ready to run operation after operation; closing frees what it keeps. */
    @FunctionalInterface
    public interface Body extends Closeable {
        /** Runs the cell once on {@code file} and returns its answer. */
        long run(Path file) throws IOException;

        /** Frees what the body keeps between operations; nothing by default. */
        @Override
        default void close() throws IOException {
        }
    }

    /** Makes a cell's {@link Body} for one trial. */
    @FunctionalInterface
    public interface Preparer {
        /** A body that may keep resources (a read window) across the operations of one trial. */
        Body prepare() throws IOException;
    }

    /** The content a cell accepts. */
    public enum Input {
        /** Any bytes. */
        ANY,
        /** Valid UTF-8: the cell decodes the file strictly, as the article's code does. */
        UTF8,
        /** Valid UTF-8 read from {@link Workload#SEEK_OFFSET} on (the offset must start a character). */
        UTF8_FROM_SEEK
    }

    /** A cell that accepts any bytes and keeps nothing between operations. */
    public Cell(Workload workload, Variant variant, String strategy, long maxFileSize, Body body) {
        this(workload, variant, strategy, maxFileSize, Input.ANY, () -> body);
    }

    /**
     * The cell's code for one trial on {@code file} ({@link #prepare()}), after checking that the cell can
     * run there; an {@link IllegalStateException} naming the cell, corpus {@code corpus} and the reason
     * otherwise.
     */
    public Body prepareOn(Path file, String corpus) throws IOException {
        Optional<String> why = unsupported(file);
        if (why.isPresent()) {
            throw new IllegalStateException("cell " + name() + " cannot run on corpus '" + corpus + "': " + why.get());
        }
        return prepare();
    }

    /**
     * The cell's code for one trial; close it when the trial ends. Its {@code run} throws
     * {@link FileChangedWhileMappedException} when the file was truncated while a mapped strategy read it.
     */
    public Body prepare() throws IOException {
        Body body = preparer.prepare();
        return new Body() {
            @Override
            public long run(Path file) throws IOException {
                try {
                    return body.run(file);
                } catch (InternalError e) {
                    if (FileChangedWhileMappedException.isMappedFault(e)) {
                        throw new FileChangedWhileMappedException(file, e);
                    }
                    throw e;
                }
            }

            @Override
            public void close() throws IOException {
                body.close();
            }
        };
    }

    /**
     * Runs the cell once on {@code file} with a body of its own: an offset, a count or a checksum
     * (see {@link Workload} and {@link Variant}). A mutating workload changes the file: pass a fresh copy.
     *
     * @throws FileChangedWhileMappedException when the file was truncated while a mapped strategy read it
     */
    public long run(Path file) throws IOException {
        try (Body b = prepare()) {
            return b.run(file);
        }
    }

    /** Whether this cell can handle a file of {@code size} bytes. */
    public boolean supports(long size) {
        return size <= maxFileSize;
    }

    /**
     * Why this cell cannot run on {@code file}, or empty if it can: the file is too large for it,
     * or not valid UTF-8 where the cell decodes it.
     */
    public Optional<String> unsupported(Path file) throws IOException {
        long size = Files.size(file);
        if (!supports(size)) {
            return Optional.of(strategy + " cannot hold " + size + " bytes (at most " + maxFileSize + ")");
        }
        return switch (input) {
            case ANY -> Optional.empty();
            case UTF8 -> Utf8.isValid(file, 0) ? Optional.empty()
                    : Optional.of("not valid UTF-8, which the " + variant.id() + " cell decodes");
            case UTF8_FROM_SEEK -> Utf8.isValid(file, 0) && Utf8.isValid(file, Workload.SEEK_OFFSET) ? Optional.empty()
                    : Optional.of("not valid UTF-8 (from offset " + Workload.SEEK_OFFSET + " on), which the "
                    + variant.id() + " cell decodes");
        };
    }

    /**
     * {@code workload/variant/strategy}, e.g. {@code find/fair/mappedSegment}, and for the durability
     * variant {@code workload/durability/strategy/durability}, e.g. {@code patch/durability/tempMove/synced}.
     */
    public String name() {
        return workload.id() + "/" + variant.id() + "/" + strategy + (durability == null ? "" : "/" + durability.id());
    }

    @Override
    public String toString() {
        return name();
    }
}
