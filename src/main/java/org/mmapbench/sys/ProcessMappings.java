package org.mmapbench.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files this process has mapped, from {@code /proc/self/maps}, and a way to wait until garbage
 * collection has unmapped the ones held by unreachable {@code MappedByteBuffer}s.
 *
 * <p>Why it matters: {@code posix_fadvise(DONTNEED)} cannot drop a page that any process has mapped,
 * so a benchmark fork cannot empty the cache of a corpus that the JVM which started it still maps
 * (its cross-check reads every corpus through {@code MappedByteBuffer}s, which are unmapped only
 * after a garbage collection).
 *
 * <p>NOTE: Linux only; where {@code /proc/self/maps} cannot be read, no file counts as mapped.
 */
public final class ProcessMappings {
    private static final Path MAPS = Path.of("/proc/self/maps");

    private ProcessMappings() {
    }

    /** The real paths of the files this process maps now. */
    public static Set<Path> mappedFiles() {
        Set<Path> out = new LinkedHashSet<>();
        try (Stream<String> lines = Files.lines(MAPS)) {
            lines.forEach(line -> {
                int slash = line.indexOf(" /");
                if (slash >= 0) {
                    out.add(Path.of(line.substring(slash + 1).replace(" (deleted)", "")));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return Set.of();
        }
        return out;
    }

    /**
     * How many entries (memory areas) of {@code /proc/self/maps} map a file named {@code fileName},
     * in any folder, deleted or not: the corpus itself and the benchmarks' private copies of it, which
     * keep its name. One mapping is usually one entry; the kernel splits it only when part of it
     * changes protection or advice.
     *
     * @return the count, or -1 where {@code /proc/self/maps} cannot be read
     */
    public static int entriesNamed(String fileName) {
        String suffix = "/" + fileName;
        int[] count = {0};
        try (Stream<String> lines = Files.lines(MAPS)) {
            lines.forEach(line -> {
                int slash = line.indexOf(" /");
                if (slash >= 0 && line.substring(slash + 1).replace(" (deleted)", "").endsWith(suffix)) {
                    count[0]++;
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
        return count[0];
    }

    /**
     * Collects garbage and waits, for up to {@code timeoutMillis}, until this process maps none of
     * {@code files}.
     *
     * @return the files still mapped when the time ran out (empty on success)
     */
    public static List<Path> awaitUnmapped(Collection<Path> files, long timeoutMillis) throws IOException {
        Set<Path> wanted = new LinkedHashSet<>();
        for (Path f : files) {
            wanted.add(f.toRealPath());
        }
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        long pause = 1;
        while (true) {
            Set<Path> mapped = mappedFiles();
            List<Path> still = wanted.stream().filter(mapped::contains).toList();
            if (still.isEmpty() || System.nanoTime() > deadline) {
                return still;
            }
            System.gc();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return still;
            }
            pause = Math.min(pause * 2, 100);
        }
    }
}
