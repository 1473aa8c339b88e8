package org.mmapbench.util;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a path really is (a regular file, a folder, a FIFO, a device, a symbolic link, a loop of links,
 * a file of a kernel pseudo file system, nothing), named for error messages.
 *
 * <p>NOTE: the file type comes from the {@code unix:mode} attribute, which Linux and macOS provide;
 * elsewhere only regular files, folders and links are told apart.
 */
public enum PathKind {
    /** Nothing exists at the path (or a dangling link points nowhere). */
    MISSING("does not exist"),
    /** A regular file. */
    REGULAR_FILE("a regular file"),
    /** A folder. */
    FOLDER("a folder"),
    /** A named pipe: reading it waits for a writer. */
    FIFO("a FIFO (named pipe)"),
    /** A character device such as {@code /dev/null} or {@code /dev/zero}. */
    CHARACTER_DEVICE("a character device"),
    /** A block device such as a disk. */
    BLOCK_DEVICE("a block device"),
    /** A Unix-domain socket. */
    SOCKET("a socket"),
    /** A symbolic link (when links are not followed). */
    SYMLINK("a symbolic link"),
    /** A chain of symbolic links that never ends. */
    SYMLINK_LOOP("a loop of symbolic links"),
    /** A file of a kernel pseudo file system (proc, sysfs, ...), whose reads may block or never end. */
    PSEUDO_FILE("a file of a kernel pseudo file system (not ordinary data)"),
    /** Something that cannot be examined (e.g. a parent folder without search permission). */
    UNKNOWN("a path that cannot be examined");

    private static final Set<String> PSEUDO_FILE_SYSTEMS = Set.of("proc", "sysfs", "debugfs", "tracefs", "securityfs",
            "configfs", "cgroup", "cgroup2", "efivarfs", "bpf", "pstore", "fusectl", "devpts", "mqueue");

    private final String description;

    PathKind(String description) {
        this.description = description;
    }

    /** How an error message names this kind, e.g. "a FIFO (named pipe)". */
    public String description() {
        return description;
    }

    /** What {@code path} is, following symbolic links. */
    public static PathKind of(Path path) {
        return of(path, true);
    }

    /** What {@code path} is itself, without following a final symbolic link. */
    public static PathKind ofLink(Path path) {
        return of(path, false);
    }

    private static PathKind of(Path path, boolean follow) {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            // Resolving first turns a link loop (ELOOP) or a dangling link into an exception here.
            Path target = follow ? path.toRealPath() : path;
            Object mode = Files.getAttribute(target, "unix:mode", options);
            PathKind kind = fromMode((Integer) mode);
            if (kind == REGULAR_FILE && PSEUDO_FILE_SYSTEMS.contains(Files.getFileStore(path).type())) {
                return PSEUDO_FILE;
            }
            return kind;
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            return reason.contains("symbolic links") ? SYMLINK_LOOP : UNKNOWN;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.isSymbolicLink(path) && !follow ? SYMLINK
                    : Files.isDirectory(path) ? FOLDER : Files.isRegularFile(path) ? REGULAR_FILE : UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    private static PathKind fromMode(int mode) {
        return switch (mode & 0170000) {
            case 0100000 -> REGULAR_FILE;
            case 0040000 -> FOLDER;
            case 0010000 -> FIFO;
            case 0020000 -> CHARACTER_DEVICE;
            case 0060000 -> BLOCK_DEVICE;
            case 0140000 -> SOCKET;
            case 0120000 -> SYMLINK;
            default -> UNKNOWN;
        };
    }
}
