package org.mmapbench.verify;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;

/**
 * The child JVM of a crash trial ({@link CrashRunner}): warms one replace cell up on scratch copies,
 * reports how long one operation takes, then runs it once on a fresh copy and reports when that
 * operation started and ended, while its parent kills it with SIGKILL at a chosen moment.
 *
 * <p>Arguments: {@code <workload/variant/strategy> <original> <folder> <warmups>}. Protocol, one line
 * each on standard output: {@code READY <median nanos of the last half of the warmups>}; then, after
 * reading {@code GO} on standard input, {@code START <System.nanoTime()>} just before the operation
 * and {@code END <System.nanoTime()>} just after it. {@code System.nanoTime()} reads the same
 * monotonic clock in every process of a Linux machine, so the parent can place its kill on the
 * child's time line. The fresh copy is {@code <folder>/target/file}; warm-ups run in
 * {@code <folder>/warm/}.
 */
public final class CrashChild {
    /** The name of the file the measured operation replaces in, inside {@code <folder>/target/}. */
    public static final String TARGET = "file";

    private CrashChild() {
    }

    /** Runs one crash trial's child side; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: CrashChild <workload/variant/strategy> <original> <folder> <warmups>");
            System.exit(2);
        }
        String[] name = args[0].split("/");
        Cell cell = Cells.get(name[0], name[1], name[2]);
        Path original = Path.of(args[1]);
        Path folder = Path.of(args[2]);
        int warmups = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.US_ASCII);
        try (Cell.Body body = cell.prepare()) {
            Path warm = Files.createDirectories(folder.resolve("warm"));
            long[] nanos = new long[warmups];
            for (int i = 0; i < warmups; i++) {
                Path scratch = warm.resolve(TARGET);
                Files.copy(original, scratch, StandardCopyOption.REPLACE_EXISTING);
                long t = System.nanoTime();
                body.run(scratch);
                nanos[i] = System.nanoTime() - t;
            }
            long[] lastHalf = Arrays.copyOfRange(nanos, warmups / 2, warmups);
            Arrays.sort(lastHalf);
            Path target = Files.createDirectories(folder.resolve("target")).resolve(TARGET);
            Files.copy(original, target);
            out.println("READY " + lastHalf[lastHalf.length / 2]);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            if (!"GO".equals(in.readLine())) {
                System.err.println("crash child: no GO from the parent");
                System.exit(2);
            }
            long start = System.nanoTime();
            out.println("START " + start);
            body.run(target);
            long end = System.nanoTime();
            out.println("END " + end);
        }
    }
}
