import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A plain loop, outside JMH and mmapbench, that times {@code Files.readAllBytes} of one file plus a
 * checksum in consecutive segments of one JVM, so a speed change of the machine shows without forks,
 * page-cache fills or harness code in between (see host-noise.sh).
 *
 * <p>Usage: {@code java HostNoise.java FILE SEGMENTS SEGMENT_MS}. It warms up for two segments, then
 * prints one line per segment (microseconds per operation) and a last line
 * {@code median M us, slowest/fastest R}.
 */
public final class HostNoise {
    private static long sink;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java HostNoise.java FILE SEGMENTS SEGMENT_MS");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int segments = Integer.parseInt(args[1]);
        long segmentNanos = Long.parseLong(args[2]) * 1_000_000L;
        segment(file, segmentNanos);
        segment(file, segmentNanos);
        double[] micros = new double[segments];
        for (int i = 0; i < segments; i++) {
            micros[i] = segment(file, segmentNanos);
            System.out.printf("%.1f%n", micros[i]);
        }
        double[] sorted = micros.clone();
        Arrays.sort(sorted);
        double median = segments % 2 == 1 ? sorted[segments / 2] : (sorted[segments / 2 - 1] + sorted[segments / 2]) / 2;
        System.out.printf("median %.1f us, slowest/fastest %.3f (checksum parity %d)%n", median, sorted[segments - 1] / sorted[0], sink & 1);
    }

    /** Reads the file whole and sums every 64th byte until {@code nanos} have passed; microseconds per read. */
    private static double segment(Path file, long nanos) throws IOException {
        long start = System.nanoTime();
        long end = start + nanos;
        long ops = 0;
        long now;
        do {
            byte[] bytes = Files.readAllBytes(file);
            long sum = 0;
            for (int i = 0; i < bytes.length; i += 64) {
                sum += bytes[i];
            }
            sink += sum;
            ops++;
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / 1e3 / ops;
    }
}
