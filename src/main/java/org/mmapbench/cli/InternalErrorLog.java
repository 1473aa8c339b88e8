package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The log file an internal error (a bug) leaves behind: {@code mmapbench-error-<UTC time with ms>-<pid>.log} in
 * the system temp folder (or in the folder named by system property {@value #DIR_PROPERTY}), holding
 * the command line's stack trace, so that the terminal shows one line and the trace is not lost.
 */
final class InternalErrorLog {
    /** System property naming the folder for error logs (default: {@code java.io.tmpdir}). */
    static final String DIR_PROPERTY = "mmapbench.errorLogDir";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private InternalErrorLog() {
    }

    /** Writes the trace of {@code t}; returns "trace in PATH", or the trace's first line when no log can be written. */
    static String write(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String dir = System.getProperty(DIR_PROPERTY, System.getProperty("java.io.tmpdir"));
        Path log = Path.of(dir, "mmapbench-error-" + STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid() + ".log");
        try {
            // CREATE_NEW: never follows a planted symlink, never overwrites an existing file
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return "trace in " + log.toAbsolutePath();
        } catch (IOException | RuntimeException e) {
            return "no trace log (" + log + ": " + e.getMessage() + ")";
        }
    }
}
