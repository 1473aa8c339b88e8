package org.mmapbench.sys;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sizes of the folios (runs of physically contiguous pages the kernel manages as one) that hold
 * a file's cached pages, read from {@code /proc/self/pagemap} and {@code /proc/kpageflags} for a
 * mapping of the file.
 *
 * <p>How: the whole file is mapped read-only and one byte per page is read, so every page has a
 * page-table entry; {@code pagemap} gives each page's frame number, and {@code kpageflags} says
 * whether that frame heads a compound page ({@code KPF_COMPOUND_HEAD}, bit 15) or continues one
 * ({@code KPF_COMPOUND_TAIL}, bit 16). A folio is a head followed by its tails at consecutive frame
 * numbers; a page with neither flag is a folio of one page.
 *
 * <p>NOTE: call it only on a fully cached file (check with {@code mincore}): reading through the
 * mapping would otherwise bring missing pages in, through page faults, in small folios. Linux only;
 * {@code /proc/kpageflags} is readable by root only, and without {@code CAP_SYS_ADMIN}
 * {@code pagemap} reports frame number 0; then {@link #read} says so instead of measuring.
 */
public final class PageFolios {
    private static final Path PAGEMAP = Path.of("/proc/self/pagemap");
    private static final Path KPAGEFLAGS = Path.of("/proc/kpageflags");
    private static final long PRESENT = 1L << 63;
    private static final long PFN_MASK = (1L << 55) - 1;
    private static final long COMPOUND_HEAD = 1L << 15;
    private static final long COMPOUND_TAIL = 1L << 16;

    private PageFolios() {
    }

    /**
     * The folios of one file, or why they could not be read.
     *
     * @param sizes number of folios by size in bytes (empty when unavailable)
     * @param pageSize the page size used
     * @param unavailable why the sizes could not be read; empty when they were
     */
    public record Folios(SortedMap<Long, Long> sizes, long pageSize, String unavailable) {
        /** Copies the map. */
        public Folios {
            sizes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sizes));
        }

        /** The share of the file's cached bytes held in folios larger than one page, 0 to 1 (NaN when unavailable). */
        public double largeShare() {
            long all = 0;
            long large = 0;
            for (Map.Entry<Long, Long> e : sizes.entrySet()) {
                all += e.getKey() * e.getValue();
                large += e.getKey() > pageSize ? e.getKey() * e.getValue() : 0;
            }
            return all == 0 ? Double.NaN : (double) large / all;
        }

        /** E.g. {@code 4KiB x 12, 64KiB x 20, 2MiB x 1 (97.8% of bytes in large folios)}, or the reason they are unknown. */
        public String describe() {
            if (!unavailable.isEmpty()) {
                return "unavailable: " + unavailable;
            }
            StringBuilder sb = new StringBuilder();
            sizes.forEach((size, count) -> sb.append(sb.isEmpty() ? "" : ", ").append(size(size)).append(" x ").append(count));
            return sb.append(String.format(Locale.ROOT, " (%.1f%% of bytes in large folios)", 100 * largeShare())).toString();
        }

        private static String size(long bytes) {
            return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? bytes / (1 << 20) + "MiB" : bytes / 1024 + "KiB";
        }
    }

    /** The folios holding the cached pages of {@code file}, which must be fully cached; {@code pageSize} from {@code sysconf}. */
    public static Folios read(Path file, long pageSize) throws IOException {
        if (!Files.isReadable(KPAGEFLAGS) || !Files.isReadable(PAGEMAP)) {
            return unavailable(pageSize, KPAGEFLAGS + " can be read by root only");
        }
        long size = Files.size(file);
        long pages = (size + pageSize - 1) / pageSize;
        if (pages == 0) {
            return new Folios(new TreeMap<>(), pageSize, "");
        }
        long[] pfns = new long[(int) pages];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            long sum = 0;
            for (long at = 0; at < size; at += pageSize) {
                sum += mapping.get(ValueLayout.JAVA_BYTE, at);
            }
            sink = sum;
            long[] entries = longs(PAGEMAP, mapping.address() / pageSize * 8, (int) pages);
            for (int i = 0; i < pages; i++) {
                if ((entries[i] & PRESENT) == 0) {
                    return unavailable(pageSize, "page " + i + " of " + file + " has no page-table entry after being read");
                }
                pfns[i] = entries[i] & PFN_MASK;
                if (pfns[i] == 0) {
                    return unavailable(pageSize, PAGEMAP + " hides page frame numbers without CAP_SYS_ADMIN (root)");
                }
            }
        }
        return new Folios(histogram(pfns, flags(pfns), pageSize), pageSize, "");
    }

    /** Folio counts by size from frame numbers and their {@code kpageflags}, in file order. */
    static SortedMap<Long, Long> histogram(long[] pfns, long[] flags, long pageSize) {
        SortedMap<Long, Long> sizes = new TreeMap<>();
        long run = 0;
        for (int i = 0; i < pfns.length; i++) {
            boolean continues = run > 0 && (flags[i] & COMPOUND_HEAD) == 0 && (flags[i] & COMPOUND_TAIL) != 0
                    && pfns[i] == pfns[i - 1] + 1;
            if (continues) {
                run++;
                continue;
            }
            if (run > 0) {
                sizes.merge(run * pageSize, 1L, Long::sum);
            }
            run = 1;
        }
        if (run > 0) {
            sizes.merge(run * pageSize, 1L, Long::sum);
        }
        return sizes;
    }

    /** The {@code kpageflags} of every frame, reading runs of consecutive frames at once. */
    private static long[] flags(long[] pfns) throws IOException {
        long[] out = new long[pfns.length];
        try (FileChannel ch = FileChannel.open(KPAGEFLAGS, StandardOpenOption.READ)) {
            int i = 0;
            while (i < pfns.length) {
                int j = i + 1;
                while (j < pfns.length && pfns[j] == pfns[j - 1] + 1 && j - i < 4096) {
                    j++;
                }
                long[] run = longs(ch, pfns[i] * 8, j - i);
                System.arraycopy(run, 0, out, i, j - i);
                i = j;
            }
        }
        return out;
    }

    private static long[] longs(Path file, long offset, int count) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return longs(ch, offset, count);
        }
    }

    private static long[] longs(FileChannel ch, long offset, int count) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(count * 8).order(ByteOrder.nativeOrder());
        while (buf.hasRemaining()) {
            if (ch.read(buf, offset + buf.position()) < 0) {
                throw new IOException(ch + ": end of file at offset " + (offset + buf.position()));
            }
        }
        buf.flip();
        long[] out = new long[count];
        buf.asLongBuffer().get(out);
        return out;
    }

    private static Folios unavailable(long pageSize, String why) {
        return new Folios(new TreeMap<>(), pageSize, why);
    }

    /** Keeps the touched bytes observable. */
    @SuppressWarnings("unused")
    private static volatile long sink;
}
