package org.mmapbench.util;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * mmapbench's scratch folders in the system temp folder, {@code mmapbench-<purpose>-<random>}: each
 * holds a lock file {@value #LOCK} locked for as long as its process lives, is deleted when it is
 * closed and, failing that, by a shutdown hook (SIGTERM, Ctrl-C, normal exit).
 *
 * <p>Clean-up of stale folders ({@link #cleanStale}) follows one rule: a {@code mmapbench-*} folder is
 * deleted when it holds the lock file and its lock can be taken (its process is gone: the kernel drops
 * the lock of a process that died, even by SIGKILL); a folder without a lock file (left by older
 * versions) only when it was last modified more than {@link #UNLOCKED_MAX_AGE} ago. Process ids are
 * never used: they are reused, and may belong to another container.
 */
public final class TempFolders {
    /** The lock file inside every scratch folder. */
    public static final String LOCK = ".mmapbench.lock";
    /** The prefix of every scratch folder's name. */
    public static final String PREFIX = "mmapbench-";
    /** How old a folder without a lock file must be before clean-up deletes it. */
    public static final Duration UNLOCKED_MAX_AGE = Duration.ofHours(24);

    private static final Map<Path, FileChannel> HELD = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFolders::deleteAllHeld, "mmapbench-temp-cleanup"));
    }

    private TempFolders() {
    }

    /**
     * Creates and locks a scratch folder {@code mmapbench-<purpose>-*} in {@code root}, after cleaning
     * stale ones there.
     */
    public static Path create(Path root, String purpose) throws IOException {
        cleanStale(root);
        Path dir = Files.createTempDirectory(root, PREFIX + purpose + "-");
        FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            ch.lock();
        } catch (IOException | RuntimeException e) {
            ch.close();
            AtomicOutput.deleteTree(dir);
            throw e;
        }
        HELD.put(dir, ch);
        return dir;
    }

    /** Creates and locks a scratch folder in the system temp folder ({@code java.io.tmpdir}). */
    public static Path create(String purpose) throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")), purpose);
    }

    /** Deletes a scratch folder made by {@link #create} and releases its lock. */
    public static void delete(Path dir) throws IOException {
        FileChannel ch = HELD.remove(dir);
        try {
            AtomicOutput.deleteTree(dir);
        } finally {
            if (ch != null) {
                ch.close();
            }
        }
    }

    /**
     * Deletes the stale {@code mmapbench-*} folders directly in {@code root} (see the class comment for
     * the rule); returns how many it deleted. Failures to delete one are ignored.
     */
    public static int cleanStale(Path root) {
        int deleted = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path dir : s) {
                if (HELD.containsKey(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    if (isStale(dir)) {
                        AtomicOutput.deleteTree(dir);
                        deleted++;
                    }
                } catch (IOException | RuntimeException e) {
                    // someone else's, or in use: leave it
                }
            }
        } catch (IOException e) {
            // the temp folder cannot be listed: nothing to clean
        }
        return deleted;
    }

    private static boolean isStale(Path dir) throws IOException {
        Path lock = dir.resolve(LOCK);
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            FileTime modified = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(UNLOCKED_MAX_AGE));
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false; // a live process holds it
            }
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM holds it
        }
    }

    private static void deleteAllHeld() {
        for (Path dir : HELD.keySet()) {
            try {
                delete(dir);
            } catch (IOException | RuntimeException e) {
                // the JVM is exiting: nothing more can be done
            }
        }
    }
}
