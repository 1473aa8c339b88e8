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
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.TextStrategy;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.workload.kernel.ByteSearch;

/**
 * The replace workload: {@code " the "} -> {@code " eht "} across the file.
 *
 * <p>Regular: read the file, replace in memory, write a temporary sibling, {@code force} it, and
 * move it atomically over the original (the durable way to replace a file). Mapped: replace in
 * place through a READ_WRITE mapping, then {@code force()} ({@code msync}). Both end with the new
 * content on the storage device.
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
        try (FileBytes fb = strategy.openWritable(file)) {
            Scan.replace(fb, ByteSearch.THE, Workload.REPLACEMENT);
            fb.force();
            return fb.fileSize();
        }
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
