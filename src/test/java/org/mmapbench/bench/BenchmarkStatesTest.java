package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Contract: the compiled benchmarks are the workload benchmarks {@link BenchmarkName} names, their
 * states declare exactly the cells {@link Cells} defines (so every existing cell can be benchmarked
 * and no invalid combination can ever run), and each workload gets the input it needs.
 */
class BenchmarkStatesTest {

    /** The {@code @Benchmark} methods of a workload's class, inherited ones included. */
    private static List<Method> benchmarkMethods(Workload w) throws ClassNotFoundException {
        return Arrays.stream(Class.forName(BenchmarkName.className(w)).getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class)).toList();
    }

    @Test
    void everyCompiledBenchmarkRoundTripsThroughItsName() throws Exception {
        Set<String> compiled = new TreeSet<>();
        for (BenchmarkListEntry e : ForkJvmTest.compiled()) {
            if (!e.getUserClassQName().equals(KernelBenchmark.class.getName())
                    && !e.getUserClassQName().equals(ThreadsBenchmark.class.getName())) {
                assertEquals(e.getUsername(), BenchmarkName.of(e.getUsername()).jmhName());
                compiled.add(e.getUsername());
            }
        }
        Set<String> declared = new TreeSet<>();
        for (Workload w : Workload.values()) {
            for (Method m : benchmarkMethods(w)) {
                declared.add(new BenchmarkName(w, Variant.byId(m.getName())).jmhName());
            }
        }
        assertEquals(declared, compiled, "JMH generated a benchmark for every method, inherited ones included");
    }

    @Test
    void everyBenchmarkMethodDeclaresExactlyItsCells() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Workload w : Workload.values()) {
            for (Method m : benchmarkMethods(w)) {
                Class<?> state = m.getParameterTypes()[0];
                Param p = state.getField("strategy").getAnnotation(Param.class);
                assertNotNull(p, state.getName());
                Variant v = Variant.byId(m.getName());
                List<String> expected = Cells.all().stream()
                        .filter(cell -> cell.workload() == w && cell.variant() == v)
                        .map(Cell::strategy).toList();
                assertEquals(expected, List.of(p.value()), w.id() + "/" + v.id());
                for (String s : p.value()) {
                    declared.add(w.id() + "/" + v.id() + "/" + s);
                }
            }
        }
        Set<String> cells = new TreeSet<>();
        Cells.all().forEach(cell -> cells.add(cell.name()));
        assertEquals(cells, declared, "every cell has a benchmark and every benchmark a cell");
    }

    @Test
    void methodsReturnTheAnswerOfTheirOwnCellState() throws Exception {
        for (Workload w : Workload.values()) {
            List<Class<?>> states = new ArrayList<>();
            for (Method m : benchmarkMethods(w)) {
                assertEquals(long.class, m.getReturnType(), "results are returned, so JMH sinks them: " + m);
                assertTrue(CellState.class.isAssignableFrom(m.getParameterTypes()[0]), m.toString());
                states.add(m.getParameterTypes()[0]);
            }
            assertEquals(states.size(), Set.copyOf(states).size(), w.id() + ": one cell state per variant");
        }
    }

    @Test
    void eachWorkloadGetsTheInputItNeeds() throws Exception {
        for (Workload w : Workload.values()) {
            for (Method m : benchmarkMethods(w)) {
                List<Class<?>> inputs = List.of(m.getParameterTypes()).subList(1, m.getParameterCount());
                if (w == Workload.REPLACE) {
                    assertEquals(List.of(FreshCopyState.class), inputs, "replace needs a fresh copy every invocation: " + m);
                } else if (w.mutates()) {
                    assertEquals(List.of(CopyState.class), inputs, "a mutating workload never touches the corpus: " + m);
                } else if (w == Workload.REGEX) {
                    assertEquals(List.of(WarmState.class), inputs, "regex runs warm only, in the canonical warm cache: " + m);
                } else {
                    assertEquals(List.of(CacheState.class), inputs, "read-only workloads run warm or cold: " + m);
                }
            }
        }
    }

    @Test
    void everyInputOwnsTheCacheStateOfTheFileItMeasures() throws Exception {
        for (Workload w : Workload.values()) {
            for (Method m : benchmarkMethods(w)) {
                List<Class<?>> inputs = List.of(m.getParameterTypes()).subList(1, m.getParameterCount());
                assertEquals(1, inputs.stream().filter(FileCacheState.class::isAssignableFrom).count(),
                        "exactly one state drops and fills the measured file before each trial: " + m);
            }
        }
    }

    @Test
    void theBaseSettingsReachEveryWorkloadBenchmark() {
        for (BenchmarkListEntry e : ForkJvmTest.compiled()) {
            if (!e.getUserClassQName().equals(KernelBenchmark.class.getName())) {
                assertEquals(3, e.getForks().get(), e.getUsername());
                assertEquals(3, e.getWarmupIterations().get(), e.getUsername());
                assertEquals(5, e.getMeasurementIterations().get(), e.getUsername());
            }
        }
    }
}
