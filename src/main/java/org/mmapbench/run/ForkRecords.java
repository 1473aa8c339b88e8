package org.mmapbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mmapbench.bench.ForkRecord;
import org.mmapbench.stats.Percentiles;
import org.mmapbench.workload.BenchmarkName;

/**
 * The records every fork of a run wrote about itself ({@link ForkRecord}): read back after the
 * run, checked against what the profile asked for, and summarised into {@code environment.json}
 * properties.
 *
 * <p>The check is the point of recording inside the fork: a fork that got other flags than the
 * profile states (JMH adds the launching JVM's own arguments when none are given explicitly, and
 * the last {@code -Xmx} wins) fails the run instead of being published under the intended flags.
 */
final class ForkRecords {
    /**
     * Arguments JMH itself adds after the ones it is given: its compiler hints file and compiler
     * blackholes ({@code -DcompilerBlackholesEnabled=true} and the flags that unlock them). Anything
     * else after the profile's arguments is refused.
     */
    static final Pattern JMH_OWN = Pattern.compile("-XX:CompileCommandFile=.*|-XX:CompileCommand=.*"
            + "|-XX:\\+Unlock(Diagnostic|Experimental)VMOptions|-DcompilerBlackholesEnabled=.*|-Djmh\\..*");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JsonNode> jvm;
    private final List<JsonNode> cache;
    private final List<JsonNode> peers;

    private ForkRecords(List<JsonNode> jvm, List<JsonNode> cache, List<JsonNode> peers) {
        this.jvm = List.copyOf(jvm);
        this.cache = List.copyOf(cache);
        this.peers = List.copyOf(peers);
    }

    /** Reads every {@code fork-*.jsonl} file in {@code dir}. */
    static ForkRecords read(Path dir) throws IOException {
        List<JsonNode> jvm = new ArrayList<>();
        List<JsonNode> cache = new ArrayList<>();
        List<JsonNode> peers = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("fork-\\d+\\.jsonl")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = MAPPER.readTree(line);
                switch (n.path("kind").asText()) {
                    case ForkRecord.JVM -> jvm.add(n);
                    case ForkRecord.CACHE -> cache.add(n);
                    case ForkRecord.PEER -> peers.add(n);
                    default -> throw new IOException(f + ": unknown fork record kind '" + n.path("kind").asText() + "'");
                }
            }
        }
        return new ForkRecords(jvm, cache, peers);
    }

    /** How many forks recorded their JVM. */
    int forks() {
        return jvm.size();
    }

    /**
     * Checks that every fork ran with exactly {@code expected} arguments (followed only by JMH's own,
     * {@link #JMH_OWN}), a heap of {@code heapBytes} fixed at start and touched in advance, and that
     * every IPC peer a fork started had the same heap and pre-touch flags.
     *
     * @param expectedForks how many forks the run started
     * @throws RunFailedException naming the first fork that differs
     */
    void verify(List<String> expected, long heapBytes, int expectedForks) {
        if (jvm.size() != expectedForks) {
            throw new RunFailedException(expectedForks + " forks ran but " + jvm.size()
                    + " recorded their JVM; nothing was published", null);
        }
        for (JsonNode r : jvm) {
            List<String> args = strings(r.path("inputArguments"));
            String who = "fork " + r.path("pid").asText() + " of " + r.path("benchmark").asText();
            if (args.size() < expected.size() || !args.subList(0, expected.size()).equals(expected)) {
                throw new RunFailedException(who + " ran with JVM arguments " + args + " instead of " + expected
                        + "; nothing was published", null);
            }
            for (String extra : args.subList(expected.size(), args.size())) {
                if (!JMH_OWN.matcher(extra).matches()) {
                    throw new RunFailedException(who + " ran with the extra JVM argument '" + extra + "' after " + expected
                            + "; nothing was published", null);
                }
            }
            String initial = r.path("InitialHeapSize").asText();
            String max = r.path("MaxHeapSize").asText();
            if (!initial.equals(Long.toString(heapBytes)) || !max.equals(Long.toString(heapBytes))) {
                throw new RunFailedException(who + " ran with InitialHeapSize " + initial + " and MaxHeapSize " + max
                        + " instead of a fixed heap of " + heapBytes + " bytes; nothing was published", null);
            }
            if (!"true".equals(r.path("AlwaysPreTouch").asText())) {
                throw new RunFailedException(who + " ran without AlwaysPreTouch; nothing was published", null);
            }
        }
        List<String> heapFlags = expected.stream().filter(a -> a.startsWith("-Xms") || a.startsWith("-Xmx")
                || a.equals("-XX:+AlwaysPreTouch")).toList();
        for (JsonNode r : peers) {
            List<String> args = strings(r.path("inputArguments"));
            if (!args.containsAll(heapFlags)) {
                throw new RunFailedException("the IPC peer " + r.path("peerPid").asText() + " of " + r.path("benchmark").asText()
                        + " ran with JVM arguments " + args + ", not the forks' " + heapFlags + "; nothing was published", null);
            }
        }
    }

    /**
     * The facts for {@code environment.json}: the arguments, heap flags and start-up times forks
     * really had, the java and arguments of the IPC peers they started, every cache state each
     * benchmark method ran in, how each (corpus, cache state)
     * was filled, and the folio sizes seen after warm trials.
     */
    SortedMap<String, String> properties() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("fork.count", Integer.toString(jvm.size()));
        if (!peers.isEmpty()) {
            p.put("peer.count", Integer.toString(peers.size()));
            p.put("peer.java", joined(peers, r -> r.path("java").asText()));
            p.put("peer.jvm.args", joined(peers, r -> String.join(" ", strings(r.path("inputArguments")))));
        }
        p.put("fork.jvm.args", joined(jvm, r -> String.join(" ", strings(r.path("inputArguments")))
                .replaceAll("-XX:CompileCommandFile=\\S+", "-XX:CompileCommandFile=<jmh hints>")));
        for (String option : List.of("InitialHeapSize", "MaxHeapSize", "AlwaysPreTouch", "UseTransparentHugePages")) {
            p.put("fork." + option, joined(jvm, r -> r.path(option).asText()));
        }
        if (!jvm.isEmpty()) {
            double[] up = jvm.stream().mapToDouble(r -> r.path("uptimeMillis").asDouble() / 1000).sorted().toArray();
            p.put("fork.startup_seconds", String.format(Locale.ROOT, "median %.2f, min %.2f, max %.2f (JVM start, heap pre-touch,"
                    + " JMH set-up; %d forks)", Percentiles.median(up), up[0], up[up.length - 1], up.length));
        }
        Map<String, Set<String>> statesByMethod = new TreeMap<>();
        Map<String, List<JsonNode>> byCorpusState = new TreeMap<>();
        for (JsonNode r : jvm) {
            String cacheParam = r.path("params").path("cache").asText("warm");
            statesByMethod.computeIfAbsent(BenchmarkName.shortName(r.path("benchmark").asText()), k -> new TreeSet<>()).add(cacheParam);
        }
        for (JsonNode r : cache) {
            byCorpusState.computeIfAbsent(r.path("corpus").asText() + "." + r.path("cache").asText()
                    + (r.path("file").asText().equals("copy") ? ".copy" : ""), k -> new ArrayList<>()).add(r);
        }
        statesByMethod.forEach((m, states) -> p.put("cache." + m, String.join(",", states)));
        byCorpusState.forEach((key, rs) -> {
            p.put("fill." + key, joined(rs, r -> r.path("fill").asText()) + " before each of " + rs.size() + " trials"
                    + (rs.stream().mapToInt(r -> r.path("fills").asInt()).sum() > rs.size() ? " and each invocation" : ""));
            double[] ms = rs.stream().mapToDouble(r -> r.path("fillMillis").asDouble() / Math.max(1, r.path("fills").asInt()))
                    .sorted().toArray();
            p.put("fill." + key + ".millis", String.format(Locale.ROOT, "%.1f", Percentiles.median(ms)));
            p.put("folios." + key, joined(rs, r -> r.path("folios").asText("not read")));
        });
        return p;
    }

    /** The distinct values of {@code f} over {@code records}, in first-seen order, joined with {@code " | "}. */
    private static String joined(List<JsonNode> records, java.util.function.Function<JsonNode, String> f) {
        Set<String> values = new LinkedHashSet<>();
        records.forEach(r -> values.add(f.apply(r)));
        return values.isEmpty() ? LinuxFacts.UNKNOWN : String.join(" | ", values);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

}
