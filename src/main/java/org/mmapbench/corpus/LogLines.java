package org.mmapbench.corpus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code log} kind: application log lines such as
 * {@code 2026-01-01T00:03:07.412Z WARN  [worker-3] org.example.db.ConnectionPool - slow query on the
 * order table took 812 ms}, all ASCII, one per {@code \n}-terminated line.
 *
 * <p>Block {@code i} starts at 2026-01-01T00:00:00Z plus {@code i} hours and each line is 1 to 39 ms
 * after the previous one, so timestamps strictly increase through the whole file (a 1 MiB block spans
 * well under an hour). Levels are INFO 70%, DEBUG 16%, WARN 10%, ERROR 4%. Lines that do not fit at
 * the end of a block are replaced by {@code \n} bytes.
 */
final class LogLines implements BlockFiller {
    private static final long SALT = 0x6c6f676c696e65L; // "logline"
    /** 2026-01-01T00:00:00Z in epoch milliseconds. */
    static final long EPOCH_START_MILLIS = 1_767_225_600_000L;
    private static final long BLOCK_SPAN_MILLIS = 3_600_000L;
    private static final long DAY_MILLIS = 86_400_000L;

    private static final byte[][] LEVELS = bytes(List.of("INFO  ", "DEBUG ", "WARN  ", "ERROR "));
    private static final byte[][] THREADS = bytes(List.of(
            "[main] ", "[worker-1] ", "[worker-2] ", "[worker-3] ", "[worker-4] ",
            "[http-nio-8080-exec-1] ", "[http-nio-8080-exec-7] ", "[scheduler-1] "));
    private static final byte[][] LOGGERS = bytes(List.of(
            "org.example.shop.OrderService - ", "org.example.http.RequestLog - ",
            "org.example.cache.SessionCache - ", "org.example.db.ConnectionPool - ",
            "org.example.auth.LoginController - ", "org.example.search.QueryParser - "));
    /**
     * Message templates: {@code #} becomes a number below 100000, {@code $} a number from 1 to 255,
     * {@code @} an English word drawn by frequency.
     */
    private static final byte[][] MESSAGES = bytes(List.of(
            "accepted connection from 10.0.$.$ port #",
            "order # shipped to the warehouse in $ ms",
            "user # logged in after $ attempts",
            "cache miss for the key session:#, loading it from the database",
            "request GET /api/v1/items/# completed with status 200 in $ ms",
            "request POST /api/v1/orders completed with status 201 in $ ms",
            "retrying the upload of batch # (attempt $)",
            "heap usage # KiB of 262144 KiB after the collection",
            "slow query on the @ table took # ms",
            "user # searched for \"@ @\"",
            "timeout waiting for the lock on account #",
            "NullPointerException in the @ handler at line #"));

    private final long seed;
    private final EnglishWords english = EnglishWords.get();

    LogLines(long seed) {
        this.seed = seed;
    }

    @Override
    public void fill(long blockIndex, byte[] buf, int length) {
        SplitMix64 rnd = new SplitMix64(SplitMix64.blockSeed(seed, SALT, blockIndex));
        long millis = EPOCH_START_MILLIS + blockIndex * BLOCK_SPAN_MILLIS;
        byte[] line = new byte[512];
        long cachedDay = Long.MIN_VALUE;
        byte[] date = null;
        int pos = 0;
        while (true) {
            millis += 1 + rnd.nextInt(39);
            long day = Math.floorDiv(millis, DAY_MILLIS);
            if (day != cachedDay) {
                cachedDay = day;
                date = (LocalDate.ofEpochDay(day) + "T").getBytes(StandardCharsets.US_ASCII);
            }
            int n = 0;
            System.arraycopy(date, 0, line, 0, date.length);
            n += date.length;
            n = time(line, n, Math.floorMod(millis, DAY_MILLIS));
            int level = rnd.nextInt(100);
            n = put(line, n, LEVELS[level < 70 ? 0 : level < 86 ? 1 : level < 96 ? 2 : 3]);
            n = put(line, n, THREADS[rnd.nextInt(THREADS.length)]);
            n = put(line, n, LOGGERS[rnd.nextInt(LOGGERS.length)]);
            for (byte b : MESSAGES[rnd.nextInt(MESSAGES.length)]) {
                if (b == '#') {
                    n = number(line, n, rnd.nextInt(100_000));
                } else if (b == '$') {
                    n = number(line, n, 1 + rnd.nextInt(255));
                } else if (b == '@') {
                    n = put(line, n, english.ascii[english.sample(rnd.nextLong())]);
                } else {
                    line[n++] = b;
                }
            }
            line[n++] = '\n';
            if (pos + n > length) {
                break;
            }
            System.arraycopy(line, 0, buf, pos, n);
            pos += n;
        }
        while (pos < length) {
            buf[pos++] = '\n';
        }
    }

    /** Writes {@code HH:MM:SS.mmmZ } for a time of day in milliseconds. */
    private static int time(byte[] b, int n, long ms) {
        n = two(b, n, (int) (ms / 3_600_000));
        b[n++] = ':';
        n = two(b, n, (int) (ms / 60_000 % 60));
        b[n++] = ':';
        n = two(b, n, (int) (ms / 1000 % 60));
        b[n++] = '.';
        int milli = (int) (ms % 1000);
        b[n++] = (byte) ('0' + milli / 100);
        n = two(b, n, milli % 100);
        b[n++] = 'Z';
        b[n++] = ' ';
        return n;
    }

    private static int two(byte[] b, int n, int v) {
        b[n++] = (byte) ('0' + v / 10);
        b[n++] = (byte) ('0' + v % 10);
        return n;
    }

    private static int number(byte[] b, int n, int v) {
        int digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : 5;
        for (int i = n + digits - 1; i >= n; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return n + digits;
    }

    private static int put(byte[] b, int n, byte[] part) {
        System.arraycopy(part, 0, b, n, part.length);
        return n + part.length;
    }

    private static byte[][] bytes(List<String> strings) {
        return strings.stream().map(s -> s.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }
}
