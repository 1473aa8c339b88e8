package org.mmapbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What a benchmark fork reports about itself to the run that started it: one JSON object per line
 * in {@code <dir>/fork-<pid>.jsonl}, where {@code <dir>} is the system property
 * {@value #DIRECTORY_PROPERTY}. {@code mmapbench run} sets it and reads the files after each JMH run
 * ({@code run.ForkRecords}); a fork started without it (for example by {@code mmapbench jmh})
 * records nothing.
 *
 * <p>Three kinds of record: {@value #JVM} (the flags and heap the fork really runs with, from
 * {@link ForkRecorder}), {@value #CACHE} (how a warm benchmark's file was cached, from the
 * benchmark states) and {@value #PEER} (the peer JVM an IPC trial started, as the peer reported
 * itself). Every record names the benchmark and its parameters.
 */
public final class ForkRecord {
    /** The system property naming the folder fork records are written to. */
    public static final String DIRECTORY_PROPERTY = "mmapbench.forkRecords";
    /** The {@code kind} of a record of the fork's JVM. */
    public static final String JVM = "jvm";
    /** The {@code kind} of a record of a trial's page-cache state. */
    public static final String CACHE = "cache";
    /** The {@code kind} of a record of an IPC peer JVM a trial started ({@code IpcBenchmark}): its java and arguments. */
    public static final String PEER = "peer";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ForkRecord() {
    }

    /** Whether this fork was asked to record (the property is set). */
    public static boolean enabled() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return dir != null && !dir.isBlank();
    }

    /** A new record of {@code kind} for the benchmark of {@code params}, to be filled and {@link #append}ed. */
    public static Map<String, Object> start(String kind, BenchmarkParams params) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", kind);
        r.put("pid", ProcessHandle.current().pid());
        r.put("benchmark", params.getBenchmark());
        Map<String, String> ps = new LinkedHashMap<>();
        for (String k : params.getParamsKeys()) {
            ps.put(k, params.getParam(k));
        }
        r.put("params", ps);
        return r;
    }

    /** Appends {@code record} as one line to this fork's file; does nothing when recording is off. */
    public static void append(Map<String, Object> record) {
        if (!enabled()) {
            return;
        }
        Path file = Path.of(System.getProperty(DIRECTORY_PROPERTY), "fork-" + ProcessHandle.current().pid() + ".jsonl");
        try {
            String line = MAPPER.writeValueAsString(record) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the fork record (" + e.getMessage() + ")", e);
        }
    }
}
