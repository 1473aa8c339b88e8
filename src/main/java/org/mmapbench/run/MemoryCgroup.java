package org.mmapbench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mmapbench.util.CannotRunException;

/**
 * A memory cgroup that benchmark forks run in: a new child of the cgroup file system's memory
 * hierarchy with a hard limit, made and removed by the run. The kernel charges a cgroup for the page
 * cache its processes fill as well as for their own memory, and reclaims within the cgroup when the
 * charge reaches the limit, so a file larger than the limit is evicted while it is read, as it would
 * be on a machine with that much memory.
 *
 * <p>Forks join the cgroup through a launcher script ({@link #launcher}) that JMH starts instead of
 * {@code java}: it writes its own process id into {@code cgroup.procs}, then replaces itself with the
 * JVM, so everything a fork touches from its first instruction on is charged to the cgroup.
 *
 * <p>NOTE: cgroup v2 (one unified hierarchy with the memory controller, {@code memory.max}) is used where
 * the root lists {@code memory} in {@code cgroup.controllers}; otherwise cgroup v1's memory hierarchy
 * ({@code memory/memory.limit_in_bytes}), which hybrid systems such as the reference VM still mount.
 * Both charge the page cache. Making a cgroup needs root; {@code systemd-run --scope} would need a
 * running systemd, which containers and the reference VM lack, so the file system is written directly.
 * Swap is excluded from the limit's escape routes where the kernel offers it ({@code memory.swap.max}
 * = 0, or v1's {@code memory.memsw.limit_in_bytes} = the limit).
 */
public final class MemoryCgroup implements AutoCloseable {
    /** Where Linux mounts the cgroup file systems. */
    public static final Path ROOT = Path.of("/sys/fs/cgroup");
    /** The launcher's exit status when it cannot join the cgroup (JMH reports the fork as failed). */
    static final int JOIN_FAILED = 125;

    /** The two cgroup interfaces, by the files that hold the limit, the peak and the limit's events. */
    enum Version {
        V2("v2", "memory.max", "memory.peak", "memory.events"),
        V1("v1", "memory.limit_in_bytes", "memory.max_usage_in_bytes", "memory.oom_control");

        final String id;
        final String limitFile;
        final String peakFile;
        final String eventsFile;

        Version(String id, String limitFile, String peakFile, String eventsFile) {
            this.id = id;
            this.limitFile = limitFile;
            this.peakFile = peakFile;
            this.eventsFile = eventsFile;
        }
    }

    /** A memory hierarchy new cgroups can be made in: its root folder and interface. */
    record Hierarchy(Path dir, Version version) {
    }

    private final Path dir;
    private final Version version;
    private final long limitBytes;

    private MemoryCgroup(Path dir, Version version, long limitBytes) {
        this.dir = dir;
        this.version = version;
        this.limitBytes = limitBytes;
    }

    /** The effective user id of this process (the owner of {@code /proc/self}), or -1 where there is no procfs. */
    public static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * The memory hierarchy under {@code root} a process of user {@code uid} can make a limited cgroup in.
     *
     * @throws CannotRunException with one line naming the problem: not root, or no memory controller
     */
    static Hierarchy locate(Path root, int uid) {
        if (uid != 0) {
            throw new CannotRunException("a memory-limited run needs root to make a memory cgroup under " + root
                    + (uid < 0 ? " (the user id is unknown: no /proc)" : " (running as uid " + uid + ")"));
        }
        Path controllers = root.resolve("cgroup.controllers");
        if (Files.isRegularFile(controllers) && words(read(controllers)).contains(" memory ")) {
            return new Hierarchy(root, Version.V2);
        }
        Path v1 = root.resolve("memory");
        if (Files.isRegularFile(v1.resolve(Version.V1.limitFile))) {
            return new Hierarchy(v1, Version.V1);
        }
        throw new CannotRunException("a memory-limited run needs a memory cgroup controller, and " + root + " has none: "
                + (Files.isRegularFile(controllers) ? "cgroup v2 without the memory controller in " + controllers
                        : "no cgroup v2 (" + controllers + ") and no cgroup v1 memory hierarchy (" + v1.resolve(Version.V1.limitFile) + ")"));
    }

    /**
     * Checks, before a memory-limited run does anything, that a process of user {@code uid} can make a
     * memory cgroup under {@code root}.
     *
     * @throws CannotRunException with one line naming the problem
     */
    public static void requireUsable(Path root, int uid) {
        locate(root, uid);
    }

    /**
     * Makes the cgroup {@code name} under {@code root}'s memory hierarchy with a limit of {@code limitBytes}.
     *
     * @throws CannotRunException with one line when no memory cgroup can be made there
     */
    public static MemoryCgroup create(Path root, int uid, String name, long limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limitBytes);
        }
        Hierarchy h = locate(root, uid);
        Path dir = h.dir().resolve(name);
        try {
            if (h.version() == Version.V2) {
                enableMemoryController(h.dir());
            }
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new CannotRunException("cannot make the memory cgroup " + dir + ": " + e, e);
        }
        MemoryCgroup cgroup = new MemoryCgroup(dir, h.version(), limitBytes);
        try {
            cgroup.write(h.version().limitFile, Long.toString(limitBytes));
            if (h.version() == Version.V2) {
                cgroup.writeIfPresent("memory.swap.max", "0");
            } else {
                cgroup.writeIfPresent("memory.memsw.limit_in_bytes", Long.toString(limitBytes));
            }
        } catch (IOException | RuntimeException e) {
            cgroup.removeQuietly();
            throw new CannotRunException("cannot set the memory limit of " + dir + ": " + e, e);
        }
        return cgroup;
    }

    /** Adds the memory controller to the hierarchy root's {@code cgroup.subtree_control}, so children get {@code memory.max}. */
    private static void enableMemoryController(Path hierarchy) throws IOException {
        Path subtree = hierarchy.resolve("cgroup.subtree_control");
        if (Files.isRegularFile(subtree) && !words(read(subtree)).contains(" memory ")) {
            Files.writeString(subtree, "+memory");
        }
    }

    /** The cgroup's folder. */
    public Path dir() {
        return dir;
    }

    /** The limit in bytes it was made with. */
    public long limitBytes() {
        return limitBytes;
    }

    /**
     * Writes an executable launcher into {@code folder} that joins this cgroup and then runs {@code java}
     * with its own arguments: the {@code jvm} JMH starts forks with.
     */
    public Path launcher(String java, Path folder) throws IOException {
        Path script = folder.resolve("java-in-" + dir.getFileName());
        String text = "#!/bin/sh\n"
                + "# mmapbench: starts a benchmark fork inside the memory cgroup " + dir + "\n"
                + "echo $$ > " + shellQuote(dir.resolve("cgroup.procs").toString()) + " || exit " + JOIN_FAILED + "\n"
                + "exec " + shellQuote(java) + " \"$@\"\n";
        Files.writeString(script, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /**
     * What {@code environment.json} records about the cgroup: {@code fork.cgroup} (its folder),
     * {@code fork.cgroup.version}, {@code fork.memory_limit_bytes} (as the kernel reads it back),
     * {@code fork.cgroup.peak_bytes} (the largest charge) and {@code fork.cgroup.events} (v2's
     * {@code memory.events} on one line: how often reclaim ran at the limit, and OOM kills; v1's
     * {@code memory.failcnt}, the charges that hit the limit, and {@code memory.oom_control}).
     */
    public SortedMap<String, String> facts() {
        SortedMap<String, String> f = new TreeMap<>();
        f.put("fork.cgroup", dir.toString());
        f.put("fork.cgroup.version", version.id);
        f.put("fork.memory_limit_bytes", readOr(version.limitFile, Long.toString(limitBytes)));
        f.put("fork.cgroup.peak_bytes", readOr(version.peakFile, "unknown"));
        String events = readOr(version.eventsFile, "unknown").replaceAll("\\s*\\n\\s*", ", ");
        f.put("fork.cgroup.events", version == Version.V1 ? "failcnt " + readOr("memory.failcnt", "unknown") + ", " + events : events);
        return f;
    }

    /** Removes the cgroup; its processes must have ended (the kernel moves its page-cache charge to the parent). */
    @Override
    public void close() throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (IOException e) {
                last = e; // a fork that is still exiting keeps the cgroup busy for a moment
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IOException("cannot remove the memory cgroup " + dir + ": " + last, last);
    }

    private void removeQuietly() {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // the one-line error about the limit is the one the user needs
        }
    }

    private void write(String file, String value) throws IOException {
        Files.writeString(dir.resolve(file), value);
    }

    private void writeIfPresent(String file, String value) throws IOException {
        if (Files.exists(dir.resolve(file))) {
            write(file, value);
        }
    }

    private String readOr(String file, String fallback) {
        try {
            return read(dir.resolve(file));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code text}'s whitespace-separated words, each surrounded by one space, for whole-word tests. */
    private static String words(String text) {
        return " " + String.join(" ", text.trim().split("\\s+")) + " ";
    }

    /** {@code s} in single quotes for {@code sh}. */
    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (cgroup %s, limit %d bytes)", dir, version.id, limitBytes);
    }
}
