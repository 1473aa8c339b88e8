package org.mmapbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.util.UserInputException;

/**
 * Reads and writes {@code python.json}, the Python article's functions timed on this machine
 * ({@link PythonResults}).
 *
 * <p>Layout: {@code corpus}, {@code corpus_sha256}, {@code file_bytes}, {@code python}
 * ({@code version}, {@code implementation}, {@code executable}), {@code discarded}, {@code timer},
 * {@code load_average} (1, 5, 15 minutes, when the script started),
 * {@code functions} (per function: {@code name}, {@code comparison}, {@code side},
 * {@code median_ns}, {@code min_ns}, {@code max_ns}, {@code repetitions}, {@code samples_ns},
 * {@code answer}, or instead of those five {@code error} when the function raised; {@code expected}
 * ({@code null} when the reference cannot decode the file either); {@code check} ({@code pass},
 * {@code fail} or {@code skipped}); and for replace {@code sha256_after} and
 * {@code expected_sha256_after}), and {@code ratios} (per comparison,
 * regular median / mmap median, for pairs that pass). {@code min_ns}, {@code max_ns},
 * {@code repetitions}, {@code check} and {@code ratios} are derived, for readers of the file; the
 * reader recomputes them.
 */
public final class PythonJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PythonJson() {
    }

    /** Writes {@code results} to {@code file} atomically (a temporary sibling moved into place). */
    public static void write(PythonResults results, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("corpus", results.corpus());
        root.put("corpus_sha256", results.corpusSha256());
        root.put("file_bytes", results.fileBytes());
        ObjectNode py = root.putObject("python");
        py.put("version", results.pythonVersion());
        py.put("implementation", results.pythonImplementation());
        py.put("executable", results.pythonExecutable());
        root.put("discarded", results.discarded());
        root.put("timer", results.timer());
        root.put("load_average", results.loadAverage());
        ArrayNode fns = root.putArray("functions");
        for (PythonResults.Function f : results.functions()) {
            ObjectNode o = fns.addObject();
            o.put("name", f.name());
            o.put("comparison", f.comparison());
            o.put("side", f.side());
            if (f.error() == null) {
                o.put("median_ns", f.medianNs());
                o.put("min_ns", f.minNs());
                o.put("max_ns", f.maxNs());
                o.put("repetitions", f.samplesNs().size());
                ArrayNode s = o.putArray("samples_ns");
                f.samplesNs().forEach(s::add);
            }
            if (f.error() != null) {
                o.put("error", f.error());
            } else {
                o.put("answer", f.answer());
                if (f.sha256After() != null) {
                    o.put("sha256_after", f.sha256After());
                }
            }
            if (f.expected() == null) {
                o.putNull("expected");
            } else {
                o.put("expected", f.expected().answer());
                if (f.expected().sha256After() != null) {
                    o.put("expected_sha256_after", f.expected().sha256After());
                }
            }
            o.put("check", f.check());
        }
        ObjectNode ratios = root.putObject("ratios");
        for (PythonResults.Function f : results.functions()) {
            if (!ratios.has(f.comparison())) {
                results.ratio(f.comparison()).ifPresent(r -> ratios.put(f.comparison(), r));
            }
        }
        AtomicOutput.writeFile(file, tmp -> MAPPER.writeValue(tmp.toFile(), root));
    }

    /**
     * Reads a {@code python.json}.
     *
     * @throws UserInputException naming the file and the problem if it cannot be read or is malformed
     */
    public static PythonResults read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new UserInputException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new UserInputException(file + ": not a python.json: expected a JSON object");
        }
        Fields r = new Fields(file, root, "");
        Fields py = r.object("python");
        List<PythonResults.Function> functions = new ArrayList<>();
        JsonNode arr = root.get("functions");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new UserInputException(file + ": not a python.json: 'functions' must be a non-empty array");
        }
        for (int i = 0; i < arr.size(); i++) {
            Fields f = new Fields(file, arr.get(i), "functions[" + i + "].");
            String error = f.optionalText("error");
            PythonResults.Reference expected = f.node().path("expected").isNull() || f.node().path("expected").isMissingNode()
                    ? null : new PythonResults.Reference(f.number("expected"), f.optionalText("expected_sha256_after"));
            if (error != null) {
                functions.add(new PythonResults.Function(f.text("name"), f.text("comparison"), f.text("side"), List.of(), 0, 0,
                        null, error, expected));
            } else {
                functions.add(new PythonResults.Function(f.text("name"), f.text("comparison"), f.text("side"),
                        f.longs("samples_ns"), f.number("median_ns"), f.number("answer"), f.optionalText("sha256_after"),
                        null, expected));
            }
        }
        return new PythonResults(r.text("corpus"), r.text("corpus_sha256"), r.number("file_bytes"), py.text("version"),
                py.text("implementation"), py.text("executable"), (int) r.number("discarded"), r.text("timer"),
                r.optionalText("load_average") == null ? "" : r.optionalText("load_average"), functions);
    }

    /** Typed access to one JSON object's fields, failing with the file and the field's path. */
    private record Fields(Path file, JsonNode node, String prefix) {
        Fields {
            if (node == null || !node.isObject()) {
                throw new UserInputException(file + ": not a python.json: '" + (prefix.isEmpty() ? "(root)" : prefix)
                        + "' must be an object");
            }
        }

        Fields object(String name) {
            return new Fields(file, node.get(name), prefix + name + ".");
        }

        String text(String name) {
            JsonNode v = node.get(name);
            if (v == null || !v.isTextual()) {
                throw missing(name, "a string");
            }
            return v.asText();
        }

        String optionalText(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : text(name);
        }

        long number(String name) {
            JsonNode v = node.get(name);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
                throw missing(name, "a whole number");
            }
            return v.asLong();
        }

        List<Long> longs(String name) {
            JsonNode v = node.get(name);
            if (v == null || !v.isArray() || v.isEmpty()) {
                throw missing(name, "a non-empty array of whole numbers");
            }
            List<Long> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isIntegralNumber() || !e.canConvertToLong() || e.asLong() < 0) {
                    throw missing(name, "a non-empty array of whole numbers >= 0");
                }
                out.add(e.asLong());
            }
            return out;
        }

        private UserInputException missing(String name, String what) {
            return new UserInputException(file + ": not a python.json: '" + prefix + name + "' must be " + what);
        }
    }
}
