package org.mmapbench.util;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files and folders so that readers never see half-written output, and never destroys what
 * mmapbench did not write.
 *
 * <p>Content goes to a temporary sibling first, which is moved into place atomically once it is
 * complete; if the writer fails, the temporary is deleted and the target is left as it was.
 * Temporaries are created with the usual, umask-based modes (not the private modes of
 * {@link Files#createTempFile}), so published output is readable like any file the user creates.
 *
 * <p>A file target must be a regular file or a new path; a symbolic link is followed and the file it
 * points to is replaced (the link stays). A folder target must be absent, empty, or a folder of the
 * same kind that mmapbench wrote ({@link OwnedFolder}).
 *
 * <p>NOTE: an atomic move needs the temporary and the target on the same file system, which is why
 * the temporary is created beside the target.
 */
public final class AtomicOutput {

    /** Writes into a path that does not exist yet. */
    @FunctionalInterface
    public interface Writer {
        /** Fills {@code tmp} (a file path or an existing empty folder). */
        void write(Path tmp) throws IOException;
    }

    /** A folder built completely beside its target, waiting to be moved into place (or thrown away). */
    public static final class Staged {
        private final Path target;
        private final Path tmp;
        private final String kind;
        private boolean open = true;

        private Staged(Path target, Path tmp, String kind) {
            this.target = target;
            this.tmp = tmp;
            this.kind = kind;
        }

        /** The complete temporary folder. */
        public Path tmp() {
            return tmp;
        }

        /** Moves the folder into place, replacing an older one of the same kind mmapbench wrote. */
        public void commit() throws IOException {
            OwnedFolder.requireReplaceable(target, kind, null);
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (exists) {
                Path old = uniqueSibling(target, ".old");
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                move(tmp, target);
                OwnedFolder.deleteOwned(old);
            } else {
                move(tmp, target);
            }
            open = false;
        }

        /** Deletes the temporary folder, unless it was committed. */
        public void abort() {
            if (open) {
                open = false;
                try {
                    deleteTree(tmp);
                } catch (IOException e) {
                    // best effort: a hidden sibling is all that can remain
                }
            }
        }
    }

    private AtomicOutput() {
    }

    /** Writes one file through {@code writer} and atomically moves it to {@code target}. */
    public static void writeFile(Path target, Writer writer) throws IOException {
        Path abs = fileTarget(target);
        Path tmp = uniqueSibling(abs, ".tmp");
        Files.createFile(tmp);
        boolean done = false;
        try {
            writer.write(tmp);
            move(tmp, abs);
            done = true;
        } catch (IOException e) {
            throw naming(abs, e);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The path a file target resolves to: {@code target} itself when it is new or a regular file, the
     * file a symbolic link points to; anything else (a folder, a FIFO, a device, a dangling or looping
     * link, a missing parent folder that cannot be created) is refused with one line.
     */
    public static Path fileTarget(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        PathKind self = PathKind.ofLink(abs);
        if (self == PathKind.SYMLINK) {
            PathKind pointed = PathKind.of(abs);
            if (pointed != PathKind.REGULAR_FILE) {
                throw new UserInputException(target + ": is a symbolic link to " + (pointed == PathKind.MISSING
                        ? "nothing" : pointed.description()) + "; only a regular file or a new path can be written");
            }
            abs = abs.toRealPath();
        } else if (self != PathKind.MISSING && self != PathKind.REGULAR_FILE) {
            throw new UserInputException(target + ": is " + self.description()
                    + "; only a regular file or a new path can be written");
        }
        Path dir = abs.getParent();
        if (dir == null) {
            throw new UserInputException(target + ": is a file-system root");
        }
        Files.createDirectories(dir);
        return abs;
    }

    /**
     * Builds a whole folder of {@code kind} through {@code writer} (given an empty temporary folder)
     * and moves it to {@code target} once complete, replacing only an empty folder or one of the same
     * kind that mmapbench wrote; anything else is refused before {@code writer} runs.
     */
    public static void writeDirectory(Path target, String kind, Writer writer) throws IOException {
        Staged staged = stageDirectory(target, kind, writer);
        try {
            staged.commit();
        } finally {
            staged.abort();
        }
    }

    /** Builds a folder like {@link #writeDirectory} but leaves the move into place to the caller. */
    public static Staged stageDirectory(Path target, String kind, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new UserInputException(target + ": is a file-system root; give a new folder");
        }
        OwnedFolder.requireReplaceable(abs, kind, null);
        Files.createDirectories(abs.getParent());
        Path tmp = uniqueSibling(abs, ".tmp");
        Files.createDirectory(tmp);
        Staged staged = new Staged(abs, tmp, kind);
        boolean done = false;
        try {
            writer.write(tmp);
            OwnedFolder.mark(tmp, kind);
            done = true;
            return staged;
        } catch (IOException e) {
            throw naming(abs, e);
        } finally {
            if (!done) {
                staged.abort();
            }
        }
    }

    /** Deletes a file or a folder with everything in it; a missing path is fine; links are not followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A hidden, unused sibling name of {@code target}: {@code .<name>.<random><suffix>}. */
    private static Path uniqueSibling(Path target, String suffix) {
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        return target.resolveSibling("." + target.getFileName() + "." + random + suffix);
    }

    /** An I/O failure that names the output path (e.g. "No space left on device" says nothing of where). */
    private static IOException naming(Path target, IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return e;
        }
        FileSystemException named = new FileSystemException(target.toString(), null, String.valueOf(e.getMessage()));
        named.initCause(e);
        return named;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + from + " atomically to " + to + ": " + e.getMessage(), e);
        }
    }
}
