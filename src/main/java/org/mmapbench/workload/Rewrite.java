package org.mmapbench.workload;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.mmapbench.access.Durability;
import org.mmapbench.util.EnumIds;

/**
 * The two ways the write workloads put a whole new content in place of a file, each without or with
 * the syncs it needs to be durable. They are "strategies" of the {@link Variant#DURABILITY} variant
 * beside the mapped and positional ones; the content comes from
 * {@code Files.readAllBytes}, changed in memory.
 *
 * <p>NOTE: the temporary file is a sibling of the target, so that the move is a {@code rename} within
 * one file system; the JDK's {@code Files.copy(..., REPLACE_EXISTING)} deletes the target and creates
 * a new file (a new inode) before copying, so copy back is neither in place nor atomic.
 */
public enum Rewrite {
    /**
     * Writes a temporary sibling and moves it over the file with {@code ATOMIC_MOVE} ({@code rename}):
     * a reader sees the old or the new file, never a mix. Synced: {@code fsync} of the temporary
     * ({@code FileChannel.force(true)}) before the move, {@code fsync} of the folder after it.
     */
    TEMP_MOVE("tempMove"),
    /**
     * The Python article's way: writes a temporary sibling, copies it over the file
     * ({@code Files.copy(tmp, file, REPLACE_EXISTING)}, like {@code shutil.copy}) and deletes it.
     * Synced: {@code fsync} of the file after the copy and of the folder (the copy created a new
     * directory entry); the temporary, deleted at once, is not synced.
     */
    COPY_BACK("copyBack");

    private static final String TMP_SUFFIX = ".mmapbench-rewrite";

    private final String id;

    Rewrite(String id) {
        this.id = id;
    }

    /** The id that names it where a strategy id would: {@code tempMove} or {@code copyBack}. */
    public String id() {
        return id;
    }

    /** Puts {@code content} in place of {@code file} this way, syncing as {@code durability} says. */
    public void write(Path file, MemorySegment content, Durability durability) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + TMP_SUFFIX);
        boolean synced = durability == Durability.SYNCED;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = content.asByteBuffer();
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                if (synced && this == TEMP_MOVE) {
                    ch.force(true);
                }
            }
            if (this == TEMP_MOVE) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.copy(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(tmp);
                if (synced) {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
            }
            if (synced) {
                syncFolder(file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * {@code fsync} of the folder holding {@code file}, which makes a rename or a new directory entry
     * durable.
     *
     * <p>NOTE: Linux lets a folder be opened for reading and {@code fsync}ed; some other systems refuse
     * to open a folder as a channel.
     */
    static void syncFolder(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    /** The rewrite named {@code id}, if any. */
    public static Optional<Rewrite> byId(String id) {
        return EnumIds.find(Rewrite.class, Rewrite::id, id);
    }
}
