package org.mmapbench.workload;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.Durability;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.PositionalWriter;
import org.mmapbench.access.TextStrategy;
import org.mmapbench.access.WriteMode;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.workload.kernel.ByteSearch;

/**
 * The replace workload: {@code " the "} -> {@code " eht "} across the file.
 *
 * <p>Regular: read the file, replace in memory, write a temporary sibling, {@code force} it, and
 * move it atomically over the original (the durable way to replace a file). Mapped: replace in
 * place through a READ_WRITE mapping, then {@code force()} ({@code msync}). Both end with the new
 * content on the storage device (the regular side without the {@code fsync} of the folder after the
 * move, which {@link Rewrite#TEMP_MOVE} adds in the {@link Variant#DURABILITY} variant's {@code synced}
 * cells). The fair variant is synced; it has no unsynced counterpart of its own.
 *
 * <p>The write variants ({@link Variant#DURABILITY}, with durability {@code none} and {@code synced},
 * and {@link Variant#COPY_ON_WRITE})
 * run the same kernel through every write method: mapped in place, positional write back, the two
 * {@link Rewrite}s, and a private mapping.
 */
public final class ReplaceWorkload {

    private static final String REPLACEMENT = new String(Workload.REPLACEMENT, StandardCharsets.ISO_8859_1);

    private ReplaceWorkload() {
    }

    /** Regular fair: the strategy's bytes, the shared kernel, then write temp + force + atomic move. */
    public static long fairRegular(ByteStrategy strategy, Path file) throws IOException {
        try (FileBytes fb = strategy.open(file)) {
            Scan.replace(fb, ByteSearch.THE, Workload.REPLACEMENT);
            AtomicOutput.writeFile(file, tmp -> {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    for (FileBytes.Chunk c : fb.chunks()) {
                        writeFully(ch, c.segment());
                    }
                    ch.force(false);
                }
            });
            return fb.fileSize();
        }
    }

    /** Mapped fair: the shared kernel in place through a READ_WRITE mapping, then {@code force()}. */
    public static long fairMapped(MappedStrategy strategy, Path file) throws IOException {
        return mapped(strategy, file, Durability.SYNCED);
    }

    /** The shared kernel in place through a READ_WRITE mapping, then {@code force()} when synced; the file size. */
    public static long mapped(MappedStrategy strategy, Path file, Durability durability) throws IOException {
        try (FileBytes fb = strategy.openWritable(file, WriteMode.SHARED)) {
            Scan.replace(fb, ByteSearch.THE, Workload.REPLACEMENT);
            if (durability == Durability.SYNCED) {
                fb.force();
            }
            return fb.fileSize();
        }
    }

    /**
     * The shared kernel in place through a PRIVATE (copy-on-write) mapping: the file does not change.
     * Answers the number of matches replaced in the mapping.
     */
    public static long copyOnWrite(MappedStrategy strategy, Path file) throws IOException {
        try (FileBytes fb = strategy.openWritable(file, WriteMode.PRIVATE)) {
            return Scan.replace(fb, ByteSearch.THE, Workload.REPLACEMENT);
        }
    }

    /**
     * Positional: the strategy reads the whole file, the shared kernel replaces in its buffer, and the
     * strategy writes the buffer back over the file from offset 0 (the same length: no truncation),
     * synced when {@code durability} says so; the file size.
     */
    public static <S extends ByteStrategy & PositionalWriter> long positional(S strategy, Path file, Durability durability)
            throws IOException {
        try (FileBytes fb = strategy.open(file)) {
            Scan.replace(fb, ByteSearch.THE, Workload.REPLACEMENT);
            for (FileBytes.Chunk c : fb.chunks()) {
                strategy.writeAt(file, c.fileOffset(), c.segment(), durability);
            }
            return fb.fileSize();
        }
    }

    /**
     * Reads the whole file ({@code Files.readAllBytes}), replaces with the shared kernel and puts the
     * array in place of the file the way {@code how} does; the file size.
     */
    public static long rewrite(Rewrite how, Path file, Durability durability) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        MemorySegment seg = MemorySegment.ofArray(bytes);
        Scan.replace(FileBytes.of(bytes.length, 0, seg, null), ByteSearch.THE, Workload.REPLACEMENT);
        how.write(file, seg, durability);
        return bytes.length;
    }

    /** Idiomatic: read a {@code String}, {@code String.replace}, {@code Files.writeString} a temp, force, atomic move. */
    public static long idiomatic(TextStrategy strategy, Path file) throws IOException {
        String replaced = strategy.readText(file, 0).text().replace(FindWorkload.NEEDLE, REPLACEMENT);
        AtomicOutput.writeFile(file, tmp -> {
            Files.writeString(tmp, replaced, StandardCharsets.ISO_8859_1);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(false);
            }
        });
        return replaced.length();
    }

    private static void writeFully(FileChannel ch, MemorySegment seg) throws IOException {
        ByteBuffer b = seg.asByteBuffer();
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
