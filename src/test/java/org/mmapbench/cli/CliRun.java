package org.mmapbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * The one way tests run the command line: {@link Main#run} with stdout and stderr captured, so a test
 * prints nothing unless it fails (and then its assertion message carries the captured text).
 *
 * @param code the exit code
 * @param out what was printed on stdout
 * @param err what was printed on stderr
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code mmapbench ARGS...}. */
    static CliRun of(String... args) {
        return capture(() -> Main.run(args));
    }

    /** Runs {@code action} with {@link System#out} and {@link System#err} captured; it returns the exit code. */
    static synchronized CliRun capture(IntSupplier action) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = action.getAsInt();
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The stderr text, which for a failed command must be exactly one line. */
    String oneErrorLine() {
        String e = err.strip();
        if (e.isEmpty() || e.contains("\n")) {
            throw new AssertionError("expected one error line, got: " + err);
        }
        return e;
    }
}
