package org.mmapbench.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks compiled into this build and the parameter values their {@code @State} classes
 * declare, as JMH's annotation processor recorded them in {@code META-INF/BenchmarkList}.
 *
 * <p>The declared {@code strategy} values of a method's state are the strategies valid for that
 * variant; a profile can only narrow them, so an invalid (variant, strategy) cell never runs.
 *
 * <p>Each method also carries the JMH mode its {@code @BenchmarkMode} declares, and a run measures it
 * in that mode: average time for the workloads, sample time where a latency distribution is the answer.
 *
 * @param benchmarks benchmark name to parameter name to declared values
 * @param modes benchmark name to its declared mode; a benchmark missing here runs in average time
 */
public record BenchmarkCatalog(SortedMap<String, Map<String, List<String>>> benchmarks, Map<String, Mode> modes) {

    /** Copies the maps. */
    public BenchmarkCatalog {
        benchmarks = Collections.unmodifiableSortedMap(new TreeMap<>(benchmarks));
        modes = Map.copyOf(modes);
    }

    /** A catalog whose benchmarks all run in average time. */
    public BenchmarkCatalog(SortedMap<String, Map<String, List<String>>> benchmarks) {
        this(benchmarks, Map.of());
    }

    /** The mode {@code benchmark} declares (average time unless it says otherwise). */
    public Mode modeOf(String benchmark) {
        return modes.getOrDefault(benchmark, Mode.AverageTime);
    }

    /** The catalog of the benchmarks on the class path (from {@code META-INF/BenchmarkList}). */
    public static BenchmarkCatalog compiled() {
        BenchmarkList list = BenchmarkList.defaultList();
        SortedMap<String, Map<String, List<String>>> map = new TreeMap<>();
        Map<String, Mode> modes = new TreeMap<>();
        for (BenchmarkListEntry e : list.getAll(OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT), List.of())) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            if (e.getParams().hasValue()) {
                for (Map.Entry<String, String[]> p : e.getParams().get().entrySet()) {
                    params.put(p.getKey(), List.of(p.getValue()));
                }
            }
            map.put(e.getUsername(), Collections.unmodifiableMap(params));
            modes.put(e.getUsername(), e.getMode());
        }
        return new BenchmarkCatalog(map, modes);
    }

    /** Benchmarks of {@code className} (fully qualified), name to declared parameters. */
    public SortedMap<String, Map<String, List<String>>> methodsOf(String className) {
        SortedMap<String, Map<String, List<String>>> out = new TreeMap<>();
        benchmarks.forEach((name, params) -> {
            int dot = name.lastIndexOf('.');
            if (dot > 0 && name.substring(0, dot).equals(className)) {
                out.put(name, params);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        benchmarks.forEach((k, v) -> {
            sb.append(k);
            v.forEach((p, vals) -> sb.append(' ').append(p).append('=').append(Arrays.toString(vals.toArray())));
            sb.append('\n');
        });
        return sb.toString();
    }
}
