package org.mmapbench.access;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The base class of the mapped strategies: opens the channel READ_ONLY or READ_WRITE, reads its
 * size, checks the offset and hands the non-empty range {@code [start, size)} to
 * {@link #map(FileChannel, long, long, FileChannel.MapMode)}, the one step each strategy does its
 * own way. The channel is closed right after mapping, which leaves the mapping valid.
 *
 * <p>Per call this opens, sizes ({@code fstat}) and closes the file once, as each strategy did on
 * its own: only the mapping itself differs between subclasses.
 */
abstract class AbstractMappedStrategy extends AbstractStrategy implements MappedStrategy {

    /** Creates a mapped strategy named {@code id}, which starts with {@code mapped}. */
    AbstractMappedStrategy(String id) {
        super(id, AccessKind.MAPPED);
    }

    /** Mapped strategies present a file of any size. */
    @Override
    public final long maxLength() {
        return Long.MAX_VALUE;
    }

    @Override
    public final FileBytes open(Path file, long from) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return mapFrom(ch, from, FileChannel.MapMode.READ_ONLY);
        }
    }

    /** Opens the channel for reading and writing, which both write modes need (the JDK refuses PRIVATE otherwise). */
    @Override
    public final FileBytes openWritable(Path file, WriteMode mode) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return mapFrom(ch, 0, mode.mapMode());
        }
    }

    /**
     * Maps {@code [from, size)}; an empty range is not mapped at all (an empty file gives an empty view,
     * where Python's {@code mmap} refuses it), and nothing past the current size is ever mapped, since
     * the JDK would grow the file to fit a writable mapping.
     */
    private FileBytes mapFrom(FileChannel ch, long from, FileChannel.MapMode mode) throws IOException {
        long size = ch.size();
        long start = Math.min(from, size);
        Checks.length(id(), size, from, maxLength());
        if (size == start) {
            return new FileBytes(size, start, List.of(), List.of(), null);
        }
        return map(ch, size, start, mode);
    }

    /**
     * Maps {@code [start, size)} of the open channel.
     *
     * @param ch the channel, opened for {@code mode}; the caller closes it
     * @param size the file size
     * @param start the first offset to map, {@code start < size}
     * @param mode READ_ONLY, or READ_WRITE or PRIVATE for {@link #openWritable}
     * @return the view; READ_WRITE views must make {@link FileBytes#force()} write the changes
     */
    abstract FileBytes map(FileChannel ch, long size, long start, FileChannel.MapMode mode) throws IOException;
}
