package org.mmapbench.util;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes files and folders so that readers never see half-written output.
 *
 * <p>Content goes to a temporary sibling first, which is moved into place atomically once it is
 * complete; if the writer fails, the temporary is deleted and the target is left as it was.
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

    private AtomicOutput() {
    }

    /** Writes one file through {@code writer} and atomically moves it to {@code target}. */
    public static void writeFile(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            writer.write(tmp);
            move(tmp, abs);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Builds a whole folder through {@code writer} (given an empty temporary folder) and moves it to
     * {@code target}, replacing an existing folder of that name only once the new one is complete.
     */
    public static void writeDirectory(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempDirectory(dir, "." + abs.getFileName() + ".");
        boolean done = false;
        try {
            writer.write(tmp);
            if (Files.exists(abs)) {
                Path old = Files.createTempDirectory(dir, "." + abs.getFileName() + ".old.");
                Files.delete(old);
                Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
                move(tmp, abs);
                deleteTree(old);
            } else {
                move(tmp, abs);
            }
            done = true;
        } finally {
            if (!done) {
                deleteTree(tmp);
            }
        }
    }

    /** Deletes a file or a folder with everything in it; a missing path is fine. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + from + " atomically to " + to + ": " + e.getMessage(), e);
        }
    }
}
