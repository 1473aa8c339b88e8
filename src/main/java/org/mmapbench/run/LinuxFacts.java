package org.mmapbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine facts from Linux's {@code /proc} and {@code /sys}: CPU model, memory, the file
 * system and block device behind a path, transparent huge pages, read-ahead, fault-around and
 * DAMON's proactive reclaim.
 *
 * <p>Every method answers {@value #UNKNOWN} instead of failing when a file is missing or unreadable
 * (another OS, a container without {@code /sys}), so a run is never refused for a missing fact.
 *
 * <p>NOTE: {@code fault_around_bytes} lives in debugfs ({@code /sys/kernel/debug}), which is usually
 * readable by root only; it is then recorded as unknown (the kernel default is 65536).
 */
final class LinuxFacts {
    /** The value recorded for a fact that cannot be found. */
    static final String UNKNOWN = "unknown";
    private static final Pattern MODEL = Pattern.compile("(?m)^model name\\s*:\\s*(.+)$");
    private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s*(\\d+)\\s*kB");
    private static final Pattern SELECTED = Pattern.compile("\\[([^\\]]+)\\]");

    private final Path proc;
    private final Path sys;

    /** Facts of this machine. */
    LinuxFacts() {
        this(Path.of("/proc"), Path.of("/sys"));
    }

    /** Facts read below other roots (tests use fixture trees). */
    LinuxFacts(Path proc, Path sys) {
        this.proc = proc;
        this.sys = sys;
    }

    /** The CPU model name from {@code /proc/cpuinfo}. */
    String cpuModel() {
        Matcher m = MODEL.matcher(read(proc.resolve("cpuinfo")));
        return m.find() ? m.group(1).trim() : UNKNOWN;
    }

    /** Total memory in bytes from {@code /proc/meminfo}. */
    String memoryBytes() {
        Matcher m = MEM_TOTAL.matcher(read(proc.resolve("meminfo")));
        return m.find() ? Long.toString(Long.parseLong(m.group(1)) * 1024) : UNKNOWN;
    }

    /**
     * A {@code /proc/meminfo} field in bytes, e.g. {@code FileHugePages} (file pages cached in huge
     * pages) or {@code FilePmdMapped} (of those, mapped with PMD-sized page-table entries).
     */
    String meminfoBytes(String field) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(field) + ":\\s*(\\d+)\\s*kB").matcher(read(proc.resolve("meminfo")));
        return m.find() ? Long.toString(Long.parseLong(m.group(1)) * 1024) : UNKNOWN;
    }

    /** The kernel release, {@code /proc/sys/kernel/osrelease} (what {@code uname -r} prints). */
    String kernel() {
        String s = read(proc.resolve("sys/kernel/osrelease")).trim();
        return s.isEmpty() ? UNKNOWN : s;
    }

    /** The selected transparent-huge-page mode, e.g. {@code madvise}. */
    String transparentHugePages() {
        return selected(read(sys.resolve("kernel/mm/transparent_hugepage/enabled")));
    }

    /** The selected transparent-huge-page defrag mode. */
    String transparentHugePagesDefrag() {
        return selected(read(sys.resolve("kernel/mm/transparent_hugepage/defrag")));
    }

    /** The bracketed choice of a sysfs multiple-choice file such as {@code always [madvise] never}. */
    static String selected(String text) {
        Matcher m = SELECTED.matcher(text);
        return m.find() ? m.group(1) : UNKNOWN;
    }

    /** The fault-around window in bytes, when debugfs is readable. */
    String faultAroundBytes() {
        String s = read(sys.resolve("kernel/debug/fault_around_bytes")).trim();
        return s.isEmpty() ? UNKNOWN : s;
    }

    /**
     * The kernel's DAMON-based memory management, which can evict cached file pages behind a
     * benchmark's back: for each running kdamond, its operations set and each scheme's action with
     * the idle age that triggers it, e.g. {@code paddr: pageout after 60 s idle (quota 128 MiB per
     * 1000 ms)}; {@code none} when no kdamond runs; {@value #UNKNOWN} without DAMON's sysfs.
     *
     * <p>NOTE: a {@code pageout} scheme over physical memory ({@code paddr}) reclaims any page, page
     * cache included, that its sampling found idle; a warm corpus left alone long enough is then
     * read from storage again. The warm states verify full residency before and after every trial.
     */
    String damon() {
        Path admin = sys.resolve("kernel/mm/damon/admin/kdamonds");
        String count = read(admin.resolve("nr_kdamonds")).trim();
        if (count.isEmpty()) {
            return UNKNOWN;
        }
        List<String> running = new ArrayList<>();
        for (int k = 0; k < parseOr(count, 0); k++) {
            Path kdamond = admin.resolve(Integer.toString(k));
            if (!read(kdamond.resolve("state")).trim().equals("on")) {
                continue;
            }
            Path contexts = kdamond.resolve("contexts");
            for (int c = 0; c < parseOr(read(contexts.resolve("nr_contexts")).trim(), 1); c++) {
                Path context = contexts.resolve(Integer.toString(c));
                long aggregateMicros = parseOr(read(context.resolve("monitoring_attrs/intervals/aggr_us")).trim(), 0);
                List<String> schemes = new ArrayList<>();
                Path schemeDir = context.resolve("schemes");
                for (int s = 0; s < parseOr(read(schemeDir.resolve("nr_schemes")).trim(), 0); s++) {
                    Path scheme = schemeDir.resolve(Integer.toString(s));
                    long minAge = parseOr(read(scheme.resolve("access_pattern/age/min")).trim(), 0);
                    long quotaBytes = parseOr(read(scheme.resolve("quotas/bytes")).trim(), 0);
                    long resetMillis = parseOr(read(scheme.resolve("quotas/reset_interval_ms")).trim(), 0);
                    schemes.add(read(scheme.resolve("action")).trim() + " after " + minAge * aggregateMicros / 1_000_000 + " s idle"
                            + (quotaBytes > 0 ? " (quota " + quotaBytes / (1024 * 1024) + " MiB per " + resetMillis + " ms)" : ""));
                }
                running.add(read(context.resolve("operations")).trim() + ": "
                        + (schemes.isEmpty() ? "monitoring only" : String.join(", ", schemes)));
            }
        }
        return running.isEmpty() ? "none" : String.join("; ", running);
    }

    private static long parseOr(String s, long otherwise) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A mount: its device, mount point and file-system type. */
    record Mount(String device, String mountPoint, String type) {
    }

    /** The mount holding {@code path}: the longest mount point that prefixes its real path. */
    Mount mountOf(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            real = path.toAbsolutePath().normalize();
        }
        return mountOf(real, read(proc.resolve("mounts")));
    }

    /** The longest-prefix mount of {@code realPath} in {@code /proc/mounts} text. */
    static Mount mountOf(Path realPath, String mounts) {
        Mount best = new Mount(UNKNOWN, UNKNOWN, UNKNOWN);
        int bestLength = -1;
        for (String line : mounts.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            String point = unescape(f[1]);
            if (realPath.startsWith(Path.of(point)) && point.length() > bestLength) {
                best = new Mount(unescape(f[0]), point, f[2]);
                bestLength = point.length();
            }
        }
        return best;
    }

    /** Decodes the octal escapes ({@code \040} for a space) of {@code /proc/mounts}. */
    static String unescape(String field) {
        Matcher m = Pattern.compile("\\\\([0-7]{3})").matcher(field);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * The read-ahead of the block device behind {@code path} in KiB: found through the file's
     * device number ({@code /sys/dev/block/MAJOR:MINOR}, the whole disk for a partition), else
     * through the mount's device name ({@code /sys/block/NAME/queue/read_ahead_kb}).
     */
    String readAheadKb(Path path) {
        try {
            long dev = ((Number) Files.getAttribute(path, "unix:dev")).longValue();
            long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
            long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
            Path node = sys.resolve("dev/block/" + major + ":" + minor);
            if (Files.exists(node)) {
                Path real = node.toRealPath();
                for (Path p : List.of(real.resolve("queue/read_ahead_kb"), real.getParent().resolve("queue/read_ahead_kb"))) {
                    String v = read(p).trim();
                    if (!v.isEmpty()) {
                        return v;
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // fall back to the device name below
        }
        String device = mountOf(path).device();
        if (device.startsWith("/dev/")) {
            String name = device.substring("/dev/".length());
            String v = read(sys.resolve("block/" + name + "/queue/read_ahead_kb")).trim();
            if (!v.isEmpty()) {
                return v;
            }
            v = read(sys.resolve("class/block/" + name + "/../queue/read_ahead_kb")).trim();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return UNKNOWN;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
