package org.mmapbench.sys;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads one thread's {@link ThreadCounter}s from {@code /proc/self/task/<tid>/io}, {@code stat}
 * (fields 10 and 12) and {@code status} ({@code voluntary_ctxt_switches}), keeping the three files
 * open and reading each again from offset 0 (procfs regenerates the text on every read from 0).
 *
 * <p>{@link #read(long[])} allocates nothing on the Java heap, so reading counters from a benchmark's
 * own thread does not show up in JMH's {@code gc.alloc.rate.norm}. It does make read system calls on
 * the calling thread, which its own {@code syscr} and {@code rchar} count: callers that read their
 * own thread subtract that cost (see {@code bench.WorkerCounters}).
 *
 * <p>NOTE: Linux only. A file that cannot be opened (no {@code /proc}, a kernel without task I/O
 * accounting) leaves its counters unknown ({@link #UNKNOWN}) rather than 0.
 */
public final class ProcThreadCounters implements Closeable {
    /** The value {@link #read(long[])} stores for a counter it cannot read. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private static final byte[][] IO_KEYS = keys("rchar", "wchar", "syscr", "syscw", "read_bytes", "write_bytes");
    private static final ThreadCounter[] IO_COUNTERS = {ThreadCounter.RCHAR, ThreadCounter.WCHAR, ThreadCounter.SYSCR,
        ThreadCounter.SYSCW, ThreadCounter.READ_BYTES, ThreadCounter.WRITE_BYTES};
    private static final byte[] VOLUNTARY = "voluntary_ctxt_switches".getBytes(StandardCharsets.US_ASCII);

    private final RandomAccessFile io;
    private final RandomAccessFile stat;
    private final RandomAccessFile status;
    private byte[] buf = new byte[8192];

    private ProcThreadCounters(Path dir) {
        io = open(dir.resolve("io"));
        stat = open(dir.resolve("stat"));
        status = open(dir.resolve("status"));
    }

    /** A reader of thread {@code tid} of this process. */
    public static ProcThreadCounters of(long tid) {
        return new ProcThreadCounters(Path.of("/proc/self/task", Long.toString(tid)));
    }

    /** A reader of the files below {@code dir} (tests use a folder of sample files). */
    static ProcThreadCounters in(Path dir) {
        return new ProcThreadCounters(dir);
    }

    /**
     * The calling thread's id as the kernel knows it (the {@code tid} of {@code /proc/self/task/<tid>}),
     * from the {@code /proc/thread-self} link; -1 where there is none.
     */
    public static long currentTid() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString(); // "<pid>/task/<tid>"
            return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return -1;
        }
    }

    /** Whether at least one of the three files could be opened. */
    public boolean available() {
        return io != null || stat != null || status != null;
    }

    /**
     * Reads every counter into {@code into} (indexed by {@link ThreadCounter#index()});
     * {@link #UNKNOWN} for a counter whose file cannot be read.
     */
    public void read(long[] into) {
        Arrays.fill(into, UNKNOWN);
        int n = readAll(io);
        if (n >= 0) {
            parseIo(buf, n, into);
        }
        n = readAll(stat);
        if (n >= 0) {
            parseStat(buf, n, into);
        }
        n = readAll(status);
        if (n >= 0) {
            parseStatus(buf, n, into);
        }
    }

    /** One reading as an object. */
    public ThreadCounters read() {
        long[] v = new long[ThreadCounter.values().length];
        read(v);
        return fromArray(v);
    }

    /** Counters from an array filled by {@link #read(long[])}. */
    public static ThreadCounters fromArray(long[] values) {
        Map<ThreadCounter, Long> m = new EnumMap<>(ThreadCounter.class);
        for (ThreadCounter c : ThreadCounter.values()) {
            if (values[c.index()] != UNKNOWN) {
                m.put(c, values[c.index()]);
            }
        }
        return ThreadCounters.of(m);
    }

    /** Parses the three files' texts (for tests and one-off readings). */
    public static ThreadCounters parse(String ioText, String statText, String statusText) {
        long[] v = new long[ThreadCounter.values().length];
        Arrays.fill(v, UNKNOWN);
        if (ioText != null) {
            byte[] b = ioText.getBytes(StandardCharsets.US_ASCII);
            parseIo(b, b.length, v);
        }
        if (statText != null) {
            byte[] b = statText.getBytes(StandardCharsets.UTF_8);
            parseStat(b, b.length, v);
        }
        if (statusText != null) {
            byte[] b = statusText.getBytes(StandardCharsets.UTF_8);
            parseStatus(b, b.length, v);
        }
        return fromArray(v);
    }

    /** {@code io}: lines {@code name: value}. */
    static void parseIo(byte[] b, int len, long[] into) {
        int line = 0;
        while (line < len) {
            int end = lineEnd(b, line, len);
            for (int k = 0; k < IO_KEYS.length; k++) {
                byte[] key = IO_KEYS[k];
                if (startsWith(b, line, end, key) && line + key.length < end && b[line + key.length] == ':') {
                    into[IO_COUNTERS[k].index()] = number(b, line + key.length + 1, end);
                }
            }
            line = end + 1;
        }
    }

    /**
     * {@code stat}: fields separated by spaces, the second ({@code comm}) in parentheses and free to
     * hold spaces and parentheses itself, so fields are counted from the last {@code ')'}: field 3 is
     * the first after it, {@code minflt} is field 10 and {@code majflt} field 12.
     */
    static void parseStat(byte[] b, int len, long[] into) {
        int close = -1;
        for (int i = len - 1; i >= 0; i--) {
            if (b[i] == ')') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return;
        }
        int field = 2;
        int i = close + 1;
        while (i < len) {
            while (i < len && b[i] == ' ') {
                i++;
            }
            if (i >= len || b[i] == '\n') {
                return;
            }
            field++;
            int start = i;
            while (i < len && b[i] != ' ' && b[i] != '\n') {
                i++;
            }
            if (field == 10) {
                into[ThreadCounter.MINOR_FAULTS.index()] = number(b, start, i);
            } else if (field == 12) {
                into[ThreadCounter.MAJOR_FAULTS.index()] = number(b, start, i);
                return;
            }
        }
    }

    /** {@code status}: the line {@code voluntary_ctxt_switches:\t<n>} (not {@code nonvoluntary_...}). */
    static void parseStatus(byte[] b, int len, long[] into) {
        int line = 0;
        while (line < len) {
            int end = lineEnd(b, line, len);
            if (startsWith(b, line, end, VOLUNTARY) && line + VOLUNTARY.length < end && b[line + VOLUNTARY.length] == ':') {
                into[ThreadCounter.VOLUNTARY_SWITCHES.index()] = number(b, line + VOLUNTARY.length + 1, end);
                return;
            }
            line = end + 1;
        }
    }

    /** The decimal number after optional blanks in {@code b[from, to)}; {@link #UNKNOWN} when there is none. */
    private static long number(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i >= to || b[i] < '0' || b[i] > '9') {
            return UNKNOWN;
        }
        long v = 0;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i] - '0');
            i++;
        }
        return v;
    }

    private static int lineEnd(byte[] b, int from, int len) {
        int i = from;
        while (i < len && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] b, int from, int end, byte[] key) {
        if (end - from < key.length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (b[from + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads {@code f} from offset 0 to its end into {@link #buf}; the length, or -1 when it cannot be read. */
    private int readAll(RandomAccessFile f) {
        if (f == null) {
            return -1;
        }
        try {
            f.seek(0);
            int total = 0;
            while (true) {
                if (total == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = f.read(buf, total, buf.length - total);
                if (n < 0) {
                    return total;
                }
                total += n;
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static RandomAccessFile open(Path p) {
        try {
            return new RandomAccessFile(p.toFile(), "r");
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static byte[][] keys(String... names) {
        byte[][] k = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            k[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return k;
    }

    /** Closes the three files. */
    @Override
    public void close() {
        for (RandomAccessFile f : new RandomAccessFile[] {io, stat, status}) {
            if (f != null) {
                try {
                    f.close();
                } catch (IOException e) {
                    // a read-only procfs file: nothing was written, nothing to lose
                }
            }
        }
    }
}
