package org.mmapbench.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Python mmap article's ten functions timed on this machine: the content of {@code python.json}
 * (see {@link PythonJson}).
 *
 * @param corpus the corpus id the functions ran on, e.g. {@code don-quixote}
 * @param corpusSha256 the SHA-256 of that file
 * @param fileBytes its size in bytes
 * @param pythonVersion e.g. {@code 3.11.7}
 * @param pythonImplementation e.g. {@code CPython}
 * @param pythonExecutable the interpreter that ran, as {@code sys.executable} names it
 * @param discarded unmeasured runs of each function before the measured ones
 * @param timer how one timing is taken
 * @param loadAverage the 1, 5 and 15 minute load averages when the script started ({@code /proc/loadavg}), empty if unknown
 * @param functions the ten functions in the article's order
 */
public record PythonResults(String corpus, String corpusSha256, long fileBytes, String pythonVersion,
        String pythonImplementation, String pythonExecutable, int discarded, String timer, String loadAverage, List<Function> functions) {

    /** The file name inside a run folder. */
    public static final String FILE_NAME = "python.json";
    /** The article's five comparisons, in its order. */
    public static final List<String> COMPARISONS = List.of("read", "find", "regex", "seek-find", "find-and-replace");

    /**
     * One of the article's functions, timed and checked.
     *
     * @param name the article's function name, e.g. {@code mmap_io_find}
     * @param comparison the article's comparison: {@code read}, {@code find}, {@code regex},
     *                   {@code seek-find} or {@code find-and-replace}
     * @param side {@code regular} or {@code mmap}
     * @param samplesNs every measured call's time in nanoseconds, in the order taken; empty after an error
     * @param medianNs the median of {@code samplesNs} (0 after an error)
     * @param answer what the function returned (see the script for what each means; 0 after an error)
     * @param sha256After the SHA-256 of the file after a replace function, else {@code null}
     * @param error what the function raised on its first call (e.g. {@code UnicodeDecodeError: ...}), else {@code null}
     * @param expected the reference answer of the same meaning, or {@code null} when the reference
     *                 cannot give one either (a file that is not UTF-8, for a function that decodes it)
     */
    public record Function(String name, String comparison, String side, List<Long> samplesNs, long medianNs,
            long answer, String sha256After, String error, Reference expected) {

        /** Copies the samples. */
        public Function {
            samplesNs = List.copyOf(samplesNs);
        }

        /** The fastest measured call in nanoseconds (0 after an error). */
        public long minNs() {
            return samplesNs.stream().mapToLong(Long::longValue).min().orElse(0);
        }

        /** The slowest measured call in nanoseconds (0 after an error). */
        public long maxNs() {
            return samplesNs.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        /** {@code pass}, {@code fail}, or {@code skipped} when neither the function nor the reference can decode the file. */
        public String check() {
            if (expected == null) {
                return error != null ? "skipped" : "fail";
            }
            return error == null && answer == expected.answer() && Objects.equals(sha256After, expected.sha256After())
                    ? "pass" : "fail";
        }

        /** Whether the function ran and agrees with the reference. */
        public boolean agrees() {
            return check().equals("pass");
        }
    }

    /**
     * A reference answer.
     *
     * @param answer the expected return value
     * @param sha256After the expected SHA-256 of the file after replace, else {@code null}
     */
    public record Reference(long answer, String sha256After) {
    }

    /** Copies the list. */
    public PythonResults {
        functions = List.copyOf(functions);
    }

    /** The functions whose answer disagrees with the reference (or that failed where the reference did not). */
    public List<Function> failures() {
        return functions.stream().filter(f -> f.check().equals("fail")).toList();
    }

    /** The function of {@code comparison} on {@code side}, if present. */
    public Optional<Function> function(String comparison, String side) {
        return functions.stream().filter(f -> f.comparison().equals(comparison) && f.side().equals(side)).findFirst();
    }

    /**
     * Regular median time / mmap median time for {@code comparison} (above 1: mmap faster), if both
     * functions are present and agree with the reference.
     */
    public Optional<Double> ratio(String comparison) {
        Optional<Function> regular = function(comparison, "regular").filter(Function::agrees);
        Optional<Function> mmap = function(comparison, "mmap").filter(Function::agrees);
        if (regular.isEmpty() || mmap.isEmpty() || mmap.get().medianNs() <= 0) {
            return Optional.empty();
        }
        return Optional.of((double) regular.get().medianNs() / mmap.get().medianNs());
    }
}
