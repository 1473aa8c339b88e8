package org.mmapbench.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.util.InputFiles;
import org.mmapbench.util.UserInputException;

/**
 * Reads any JMH JSON result file (from {@code -rf json}) into the {@link RunResults} model.
 *
 * <p>Accepts all four modes ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss}); the strings
 * {@code "NaN"}, {@code "+INF"} and {@code "-INF"} JMH writes for non-finite numbers; sample mode's
 * {@code rawDataHistogram} (each fork's histogram buckets over all its iterations become one weighted
 * {@link ForkSamples}); results without {@code params}; runs made with {@code -Djmh.json.rawData=false}
 * (the metrics then have no forks: only score and error are known, a lower-confidence result); and
 * every secondary metric. Benchmarks that do not follow mmapbench's naming are read like any other; results of
 * benchmarks mmapbench has since renamed are read under their current name and parameters
 * ({@link LegacyResults}), so old baselines and history match the cells measured today.
 *
 * <p>The input is a run folder holding {@code jmh.json} or the path of a JSON file. When an
 * {@code environment.json} (a flat JSON object of string properties, see {@link EnvironmentInfo}) lies
 * beside the JSON file, it describes the environment; JMH's own JVM fields ({@code jdkVersion},
 * {@code vmName}, {@code vmVersion}, {@code jvm}, {@code jvmArgs}, {@code jmhVersion}, as
 * {@code jdk.version}, {@code jvm.name}, {@code jvm.version}, {@code jvm.path}, {@code jvm.args},
 * {@code jmh.version}) and its iteration settings ({@code jmh.warmup.time},
 * {@code jmh.warmup.batchSize}, {@code jmh.measurement.time}, {@code jmh.measurement.batchSize}) fill
 * in the properties it lacks, and are the only facts when there is no {@code environment.json}.
 *
 * <p>Every problem with the input is a {@link UserInputException} with one line that names the file
 * and the problem, with the JSON line and column when there is one: unreadable path, truncated or
 * malformed JSON, an empty result array, or JSON that is not JMH's (an object, or an array of objects
 * without {@code benchmark}, {@code mode} and {@code primaryMetric}).
 */
public final class JmhJsonReader {

    /** The JMH JSON file name inside a run folder. */
    public static final String JMH_JSON = "jmh.json";
    /** The environment file name beside a JMH JSON file. */
    public static final String ENVIRONMENT_JSON = "environment.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JmhJsonReader() {
    }

    /** Reads several runs, in the order given. */
    public static List<RunResults> readAll(List<Path> runDirsOrJsonFiles) {
        List<RunResults> runs = new ArrayList<>();
        for (Path p : runDirsOrJsonFiles) {
            runs.add(read(p));
        }
        return runs;
    }

    /**
     * Reads one run from a run folder (holding {@code jmh.json}) or a JMH JSON file.
     *
     * @throws UserInputException if the path cannot be read or does not hold JMH JSON
     */
    public static RunResults read(Path runDirOrJson) {
        Path json = jsonFile(runDirOrJson);
        Path envFile = json.toAbsolutePath().getParent() == null ? null
                : json.toAbsolutePath().getParent().resolve(ENVIRONMENT_JSON);
        Map<String, String> fromEnvFile = envFile != null && Files.isRegularFile(envFile)
                ? readEnvironmentFile(envFile) : Map.of();
        List<JsonNode> elements = new ArrayList<>();
        List<JsonLocation> locations = new ArrayList<>();
        parseArray(json, elements, locations);

        List<BenchmarkResult> results = new ArrayList<>();
        EnvironmentInfo runEnvironment = null;
        for (int i = 0; i < elements.size(); i++) {
            Element where = new Element(json, i, locations.get(i));
            JsonNode node = elements.get(i);
            Map<String, String> env = new TreeMap<>(jvmFacts(node));
            env.putAll(fromEnvFile);
            EnvironmentInfo environment = EnvironmentInfo.of(env);
            if (runEnvironment == null) {
                runEnvironment = environment;
            }
            results.add(toResult(node, where, environment));
        }
        return new RunResults(runId(runDirOrJson, json), json, runEnvironment, results);
    }

    /**
     * Reads an {@code environment.json}: a flat JSON object whose values are strings (numbers and
     * booleans are taken as their text).
     *
     * @throws UserInputException if the file cannot be read or is not such an object
     */
    public static Map<String, String> readEnvironmentFile(Path file) {
        JsonNode root;
        try (InputStream in = open(file)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw jsonProblem(file, e);
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new UserInputException(file + ": empty file, expected a JSON object of environment properties");
        }
        if (!root.isObject()) {
            throw new UserInputException(file + ": not an environment file: expected a JSON object of string properties, found "
                    + kind(root));
        }
        Map<String, String> props = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            if (!v.isValueNode()) {
                throw new UserInputException(file + ": not an environment file: property '" + e.getKey()
                        + "' is " + kind(v) + ", expected a string");
            }
            props.put(e.getKey(), v.asText());
        }
        return props;
    }

    /** The JSON file of a run folder or file argument. */
    static Path jsonFile(Path runDirOrJson) {
        if (Files.isDirectory(runDirOrJson)) {
            Path json = runDirOrJson.resolve(JMH_JSON);
            if (!Files.exists(json)) {
                throw new UserInputException(runDirOrJson + ": not a run folder: it has no " + JMH_JSON);
            }
            if (Files.isDirectory(json)) {
                throw new UserInputException(json + ": is a folder, expected a JMH JSON file");
            }
            return json;
        }
        if (!Files.exists(runDirOrJson)) {
            throw new UserInputException(runDirOrJson + ": no such file or folder");
        }
        return runDirOrJson;
    }

    /** The run id: the run folder's name, the folder of a {@code jmh.json}, else the file name without {@code .json}. */
    static String runId(Path arg, Path json) {
        Path abs = arg.toAbsolutePath().normalize();
        if (Files.isDirectory(abs) && abs.getFileName() != null) {
            return abs.getFileName().toString();
        }
        Path jsonAbs = json.toAbsolutePath().normalize();
        String name = jsonAbs.getFileName().toString();
        if (name.equals(JMH_JSON) && jsonAbs.getParent() != null && jsonAbs.getParent().getFileName() != null) {
            return jsonAbs.getParent().getFileName().toString();
        }
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** Opens a regular file only: a FIFO or a device would block or never end. */
    private static InputStream open(Path file) throws IOException {
        return Files.newInputStream(InputFiles.requireRegularFile(file, ""));
    }

    private static void parseArray(Path json, List<JsonNode> elements, List<JsonLocation> locations) {
        try (InputStream in = open(json); JsonParser p = MAPPER.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new UserInputException(json + ": empty file, expected JMH JSON (an array of benchmark results)");
            }
            if (t != JsonToken.START_ARRAY) {
                throw new UserInputException(json + ": not JMH JSON: expected an array of benchmark results, found "
                        + tokenKind(t) + at(p.currentTokenLocation()));
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                JsonLocation loc = p.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    throw new UserInputException(json + ": not JMH JSON: result #" + (elements.size() + 1) + " is "
                            + tokenKind(t) + ", expected an object" + at(loc));
                }
                elements.add(p.readValueAsTree());
                locations.add(loc);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new UserInputException(json + ": malformed JSON: unexpected content after the result array"
                        + at(p.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            throw jsonProblem(json, e);
        } catch (IOException e) {
            throw ioProblem(json, e);
        }
        if (elements.isEmpty()) {
            throw new UserInputException(json + ": no benchmark results: the JMH result array is empty");
        }
    }

    private static UserInputException jsonProblem(Path file, JsonProcessingException e) {
        String what = e instanceof JsonEOFException ? "truncated JSON" : "malformed JSON";
        String msg = e.getOriginalMessage();
        int nl = msg == null ? -1 : msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl);
        }
        return new UserInputException(file + ": " + what + at(e.getLocation()) + ": " + msg, e);
    }

    private static UserInputException ioProblem(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UserInputException(file + ": no such file or folder", e);
        }
        if (e instanceof AccessDeniedException) {
            return new UserInputException(file + ": cannot read: permission denied", e);
        }
        return new UserInputException(file + ": cannot read: " + e.getMessage(), e);
    }

    private static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String tokenKind(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    /** Where in the file a result element starts, for error messages. */
    private record Element(Path file, int index, JsonLocation start) {
        UserInputException problem(String what) {
            return new UserInputException(file + ": not JMH JSON: result #" + (index + 1) + at(start) + ": " + what);
        }
    }

    private static Map<String, String> jvmFacts(JsonNode node) {
        Map<String, String> env = new LinkedHashMap<>();
        putText(env, "jdk.version", node.get("jdkVersion"));
        putText(env, "jvm.name", node.get("vmName"));
        putText(env, "jvm.version", node.get("vmVersion"));
        putText(env, "jvm.path", node.get("jvm"));
        putText(env, "jmh.version", node.get("jmhVersion"));
        putText(env, "jmh.warmup.time", node.get("warmupTime"));
        putText(env, "jmh.warmup.batchSize", node.get("warmupBatchSize"));
        putText(env, "jmh.measurement.time", node.get("measurementTime"));
        putText(env, "jmh.measurement.batchSize", node.get("measurementBatchSize"));
        JsonNode args = node.get("jvmArgs");
        if (args != null && args.isArray()) {
            List<String> parts = new ArrayList<>();
            args.forEach(a -> parts.add(a.asText()));
            env.put("jvm.args", String.join(" ", parts));
        }
        return env;
    }

    private static void putText(Map<String, String> env, String key, JsonNode v) {
        if (v != null && v.isValueNode() && !v.isNull()) {
            env.put(key, v.asText());
        }
    }

    private static BenchmarkResult toResult(JsonNode node, Element where, EnvironmentInfo environment) {
        String benchmark = requiredText(node, "benchmark", where);
        String modeText = requiredText(node, "mode", where);
        BenchMode mode = BenchMode.fromJmh(modeText);
        if (mode == null) {
            throw where.problem("unknown mode '" + modeText + "' (expected thrpt, avgt, sample or ss)");
        }
        Map<String, String> params = new TreeMap<>();
        JsonNode p = node.get("params");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw where.problem("params is " + kind(p) + ", expected an object");
            }
            p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        }
        JsonNode primaryNode = node.get("primaryMetric");
        if (primaryNode == null || !primaryNode.isObject()) {
            throw where.problem("no primaryMetric object");
        }
        Metric primary = toMetric(Metric.PRIMARY, primaryNode, where, "primaryMetric");
        Map<String, Metric> secondary = new TreeMap<>();
        JsonNode sec = node.get("secondaryMetrics");
        if (sec != null && !sec.isNull()) {
            if (!sec.isObject()) {
                throw where.problem("secondaryMetrics is " + kind(sec) + ", expected an object");
            }
            for (Map.Entry<String, JsonNode> e : sec.properties()) {
                if (!e.getValue().isObject()) {
                    throw where.problem("secondary metric '" + e.getKey() + "' is " + kind(e.getValue()) + ", expected an object");
                }
                secondary.put(e.getKey(), toMetric(e.getKey(), e.getValue(), where, "secondaryMetrics." + e.getKey()));
            }
        }
        LegacyResults.Current current = LegacyResults.current(benchmark, params);
        return new BenchmarkResult(current.benchmark(), mode, current.params(), intOr(node, "forks", 0, where),
                intOr(node, "threads", 1, where), intOr(node, "warmupIterations", 0, where),
                intOr(node, "measurementIterations", 0, where), primary, new TreeMap<>(secondary), environment);
    }

    private static String requiredText(JsonNode node, String field, Element where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw where.problem(v == null ? "no '" + field + "' field" : "'" + field + "' is " + kind(v) + ", expected a non-empty string");
        }
        return v.asText();
    }

    private static int intOr(JsonNode node, String field, int fallback, Element where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt()) {
            throw where.problem("'" + field + "' is " + kind(v) + ", expected a whole number");
        }
        return v.asInt();
    }

    private static Metric toMetric(String name, JsonNode m, Element where, String path) {
        JsonNode scoreNode = m.get("score");
        if (scoreNode == null) {
            throw where.problem(path + " has no score");
        }
        double score = number(scoreNode, where, path + ".score");
        JsonNode errNode = m.get("scoreError");
        double error = errNode == null || errNode.isNull() ? Double.NaN : number(errNode, where, path + ".scoreError");
        JsonNode unitNode = m.get("scoreUnit");
        String unit = unitNode == null || unitNode.isNull() ? "" : unitNode.asText();
        List<ForkSamples> forks = new ArrayList<>();
        JsonNode hist = m.get("rawDataHistogram");
        JsonNode raw = m.get("rawData");
        if (hist != null && !hist.isNull()) {
            readHistogram(hist, where, path + ".rawDataHistogram", forks);
        } else if (raw != null && !raw.isNull()) {
            readRaw(raw, where, path + ".rawData", forks);
        }
        return new Metric(name, unit, score, error, forks);
    }

    private static void readRaw(JsonNode raw, Element where, String path, List<ForkSamples> forks) {
        requireArray(raw, where, path);
        for (int f = 0; f < raw.size(); f++) {
            JsonNode fork = raw.get(f);
            String fp = path + "[" + f + "]";
            requireArray(fork, where, fp);
            if (fork.isEmpty()) {
                continue; // a fork without values for this (secondary) metric
            }
            double[] values = new double[fork.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(fork.get(i), where, fp + "[" + i + "]");
            }
            forks.add(ForkSamples.of(values));
        }
    }

    private static void readHistogram(JsonNode hist, Element where, String path, List<ForkSamples> forks) {
        requireArray(hist, where, path);
        for (int f = 0; f < hist.size(); f++) {
            JsonNode fork = hist.get(f);
            String fp = path + "[" + f + "]";
            requireArray(fork, where, fp);
            Map<Double, Long> buckets = new TreeMap<>();
            for (int i = 0; i < fork.size(); i++) {
                JsonNode iteration = fork.get(i);
                String ip = fp + "[" + i + "]";
                requireArray(iteration, where, ip);
                for (int b = 0; b < iteration.size(); b++) {
                    JsonNode bucket = iteration.get(b);
                    String bp = ip + "[" + b + "]";
                    if (!bucket.isArray() || bucket.size() != 2) {
                        throw where.problem(bp + " is " + kind(bucket) + ", expected a [value, count] pair");
                    }
                    double value = number(bucket.get(0), where, bp + "[0]");
                    JsonNode countNode = bucket.get(1);
                    if (!countNode.canConvertToLong() || countNode.asLong() < 0) {
                        throw where.problem(bp + "[1] is " + kind(countNode) + ", expected a count");
                    }
                    if (countNode.asLong() > 0) {
                        buckets.merge(value, countNode.asLong(), Long::sum);
                    }
                }
            }
            if (buckets.isEmpty()) {
                continue;
            }
            double[] values = new double[buckets.size()];
            long[] weights = new long[buckets.size()];
            int k = 0;
            for (Map.Entry<Double, Long> e : buckets.entrySet()) {
                values[k] = e.getKey();
                weights[k] = e.getValue();
                k++;
            }
            forks.add(new ForkSamples(values, weights));
        }
    }

    private static void requireArray(JsonNode n, Element where, String path) {
        if (n == null || !n.isArray()) {
            throw where.problem(path + " is " + kind(n) + ", expected an array");
        }
    }

    /** A JSON number, or one of JMH's strings for non-finite values ("NaN", "+INF", "-INF"). */
    private static double number(JsonNode n, Element where, String path) {
        if (n != null && n.isNumber()) {
            return n.asDouble();
        }
        if (n != null && n.isTextual()) {
            switch (n.asText().trim()) {
                case "NaN" -> {
                    return Double.NaN;
                }
                case "+INF", "INF", "Infinity", "+Infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-INF", "-Infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                    try {
                        return Double.parseDouble(n.asText().trim());
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                }
            }
        }
        throw where.problem(path + " is " + (n != null && n.isTextual() ? "the string '" + n.asText() + "'" : kind(n))
                + ", expected a number");
    }
}
