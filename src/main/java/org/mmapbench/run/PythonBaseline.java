package org.mmapbench.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mmapbench.results.PythonResults;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.verify.Reference;

/**
 * Times the Python mmap article's ten functions with a {@code python3} interpreter and checks their
 * answers: the Python side of the comparison, measured on this machine.
 *
 * <p>The script ({@code src/main/python/mmap_article.py}, packed in the jar) runs in a child
 * process with a scratch folder for replace's copies; it prints JSON on stdout, which is parsed,
 * checked function by function against {@link PythonExpectations}, and returned as
 * {@link PythonResults} for {@code python.json}.
 *
 * <p>NOTE: the child process competes for the same CPUs as anything else running; the timings
 * carry the load of the machine like every other figure (see the load average in the report).
 */
public final class PythonBaseline {

    /** Where the script lies on the class path. */
    static final String SCRIPT_RESOURCE = "/org/mmapbench/python/mmap_article.py";
    /** The corpus the article timed (Don Quixote), which {@code mmapbench run} uses. */
    public static final String ARTICLE_CORPUS = "don-quixote";
    /** Measured calls per function: the median of at least 7 is required; 11 by default. */
    public static final int DEFAULT_REPETITIONS = 11;
    /** The fewest measured calls per function the script accepts. */
    public static final int MIN_REPETITIONS = 7;
    private static final long TIMEOUT_MINUTES = 60;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path python;
    private final PrintStream err;

    /** A baseline run with the interpreter {@code python}, reporting progress on {@code err}. */
    public PythonBaseline(Path python, PrintStream err) {
        this.python = python;
        this.err = err;
    }

    /**
     * The first executable {@code name} (e.g. {@code python3}) in the folders of {@code pathVariable}
     * (a {@code PATH} value; null or empty: none).
     */
    public static Optional<Path> findOnPath(String name, String pathVariable) {
        if (pathVariable == null || pathVariable.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code python3} on this process's {@code PATH}. */
    public static Optional<Path> findPython3() {
        return findOnPath("python3", System.getenv("PATH"));
    }

    /**
     * Runs the script on {@code file} and checks every answer.
     *
     * @param corpus the corpus id, recorded in the results
     * @param file the corpus file
     * @param repetitions measured calls per function, at least {@link #MIN_REPETITIONS}
     * @throws IOException if the interpreter cannot be started, fails, or prints something that is not the script's JSON
     */
    public PythonResults measure(String corpus, Path file, int repetitions) throws IOException {
        if (repetitions < MIN_REPETITIONS) {
            throw new IllegalArgumentException("repetitions must be at least " + MIN_REPETITIONS + ": " + repetitions);
        }
        byte[] bytes = Files.readAllBytes(file);
        Map<String, Reference.Expected> expected = PythonExpectations.of(bytes);
        Path work = Files.createTempDirectory("mmapbench-python-");
        try {
            Path script = work.resolve("mmap_article.py");
            try (InputStream in = PythonBaseline.class.getResourceAsStream(SCRIPT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + SCRIPT_RESOURCE + " (rebuild with mvn package)");
                }
                Files.copy(in, script);
            }
            Path scratch = Files.createDirectory(work.resolve("scratch"));
            Path stdout = work.resolve("stdout.json");
            Path stderr = work.resolve("stderr.txt");
            String load = loadAverage();
            err.printf("mmapbench python: timing the article's ten functions on %s with %s (%d measured calls each, 1 discarded)%n",
                    corpus, python, repetitions);
            err.flush();
            Process p = new ProcessBuilder(python.toString(), script.toString(), "--file", file.toAbsolutePath().toString(),
                    "--scratch", scratch.toString(), "--repetitions", Integer.toString(repetitions))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            int exit = waitFor(p);
            if (exit != 0) {
                throw new IOException(python + " " + SCRIPT_RESOURCE + " failed (exit " + exit + "): " + lastLine(stderr));
            }
            PythonResults r = parse(Files.readAllBytes(stdout), corpus, Reference.sha256(bytes), expected, load);
            err.printf("mmapbench python: done; load average at the start %s%n", load.isEmpty() ? "unknown" : load);
            err.flush();
            return r;
        } finally {
            AtomicOutput.deleteTree(work);
        }
    }

    private int waitFor(Process p) throws IOException {
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(python + " " + SCRIPT_RESOURCE + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + python, e);
        }
    }

    /** Builds the results from the script's JSON output, pairing every function with its expected answer. */
    static PythonResults parse(byte[] json, String corpus, String sha256, Map<String, Reference.Expected> expected,
            String loadAverage) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException("the Python script printed something that is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("functions").isArray()) {
            throw new IOException("the Python script's output has no 'functions' array");
        }
        List<PythonResults.Function> functions = new ArrayList<>();
        for (JsonNode f : root.get("functions")) {
            String name = f.path("name").asText();
            Reference.Expected e = expected.get(name);
            if (e == null && !expected.isEmpty() && !isTextFunction(name, expected)) {
                throw new IOException("the Python script reported an unknown function '" + name + "'");
            }
            PythonResults.Reference ref = e == null ? null : new PythonResults.Reference(e.answer(), e.sha256());
            String comparison = f.path("comparison").asText();
            String side = f.path("side").asText();
            if (f.hasNonNull("error")) {
                functions.add(new PythonResults.Function(name, comparison, side, List.of(), 0, 0, null, f.get("error").asText(), ref));
                continue;
            }
            List<Long> samples = new ArrayList<>();
            f.path("samples_ns").forEach(s -> samples.add(s.asLong()));
            if (samples.size() < MIN_REPETITIONS || !f.path("answer").canConvertToLong()) {
                throw new IOException("the Python script's entry for " + name + " lacks samples or an answer");
            }
            String sha = f.hasNonNull("sha256_after") ? f.get("sha256_after").asText() : null;
            functions.add(new PythonResults.Function(name, comparison, side, samples, f.path("median_ns").asLong(),
                    f.get("answer").asLong(), sha, null, ref));
        }
        if (functions.size() != 10) {
            throw new IOException("the Python script reported " + functions.size() + " functions, expected the article's 10");
        }
        JsonNode py = root.path("python");
        return new PythonResults(corpus, sha256, root.path("file_bytes").asLong(), py.path("version").asText(),
                py.path("implementation").asText(), py.path("executable").asText(), root.path("discarded").asInt(),
                root.path("timer").asText(), loadAverage, functions);
    }

    /** Regular functions have no expected answer when the file is not UTF-8; they are still known names. */
    private static boolean isTextFunction(String name, Map<String, Reference.Expected> expected) {
        return name.startsWith("regular_io") && expected.containsKey(name.replace("regular_io", "mmap_io"));
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or empty where there is none. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLine(Path file) throws IOException {
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip().split("\\R");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "(no message)" : lines[lines.length - 1].strip();
    }
}
