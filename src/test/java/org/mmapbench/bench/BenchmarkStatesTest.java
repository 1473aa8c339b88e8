package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mmapbench.access.Durability;
import org.mmapbench.access.Hint;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.HintCells;
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

    /** Whether a compiled benchmark is a workload's: not the kernel, IPC, hint, ceiling or thread-scaling benchmark, not a cost-anatomy step. */
    static boolean isWorkloadBenchmark(BenchmarkListEntry e) throws ClassNotFoundException {
        Class<?> c = Class.forName(e.getUserClassQName());
        return c != KernelBenchmark.class && c != IpcBenchmark.class && c != HintBenchmark.class && c != CeilingBenchmark.class && c != ThreadsBenchmark.class
                && !AnatomyBenchmark.class.isAssignableFrom(c);
    }

    /** The {@code @Benchmark} methods of a workload's class, inherited ones included. */
    private static List<Method> benchmarkMethods(Workload w) throws ClassNotFoundException {
        return Arrays.stream(Class.forName(BenchmarkName.className(w)).getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class)).toList();
    }

    @Test
    void everyCompiledBenchmarkRoundTripsThroughItsName() throws Exception {
        Set<String> compiled = new TreeSet<>();
        for (BenchmarkListEntry e : ForkJvmTest.compiled()) {
            if (isWorkloadBenchmark(e)) {
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
                List<String> durabilities = durabilities(state);
                assertEquals(v == Variant.DURABILITY, !durabilities.isEmpty(), w.id() + "/" + v.id() + ": a durability parameter");
                for (String d : durabilities.isEmpty() ? Collections.<String>singletonList(null) : durabilities) {
                    List<String> expected = Cells.all().stream()
                            .filter(cell -> cell.workload() == w && cell.variant() == v
                                    && (d == null ? cell.durability() == null : cell.durability() == Durability.byId(d)))
                            .map(Cell::strategy).toList();
                    assertEquals(expected, List.of(p.value()), w.id() + "/" + v.id() + (d == null ? "" : "/" + d));
                    for (String s : p.value()) {
                        declared.add(w.id() + "/" + v.id() + "/" + s + (d == null ? "" : "/" + d));
                    }
                }
            }
        }
        Set<String> cells = new TreeSet<>();
        Cells.all().forEach(cell -> cells.add(cell.name()));
        assertEquals(cells, declared, "every cell has a benchmark and every benchmark a cell");
    }

    /** The values of a state's {@code durability} parameter: every {@link Durability}, or none. */
    private static List<String> durabilities(Class<?> state) {
        try {
            Param p = state.getField("durability").getAnnotation(Param.class);
            assertNotNull(p, state.getName() + ".durability");
            assertEquals(Arrays.stream(Durability.values()).map(Durability::id).toList(), List.of(p.value()), state.getName());
            return List.of(p.value());
        } catch (NoSuchFieldException e) {
            return List.of();
        }
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
    void ipcRoundTripsAreSampledAndBulkIsTimedPerMessage() {
        for (BenchmarkListEntry e : ForkJvmTest.compiled()) {
            if (e.getUserClassQName().equals(IpcBenchmark.class.getName())) {
                boolean roundTrip = e.getUsername().endsWith(".roundTrip");
                assertEquals(roundTrip ? org.openjdk.jmh.annotations.Mode.SampleTime : org.openjdk.jmh.annotations.Mode.AverageTime,
                        e.getMode(), e.getUsername());
                assertEquals(roundTrip ? 1 : IpcBenchmark.BULK_MESSAGES, (int) e.getOperationsPerInvocation().orElse(1), e.getUsername());
            }
        }
    }

    @Test
    void theBaseSettingsReachEveryWorkloadBenchmark() throws ClassNotFoundException {
        for (BenchmarkListEntry e : ForkJvmTest.compiled()) {
            if (isWorkloadBenchmark(e)) {
                assertEquals(3, e.getForks().get(), e.getUsername());
                assertEquals(3, e.getWarmupIterations().get(), e.getUsername());
                assertEquals(5, e.getMeasurementIterations().get(), e.getUsername());
            }
        }
    }

    @Test
    void theHintStateDeclaresEveryHintAndEachHintMethodIsAHintWorkload() throws Exception {
        assertEquals(Hint.ids(), List.of(HintState.class.getField("hint").getAnnotation(Param.class).value()));
        List<String> methods = Arrays.stream(HintBenchmark.class.getMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(m -> {
                    assertEquals(List.of(HintState.class, CacheState.class), List.of(m.getParameterTypes()), m.toString());
                    return m.getName();
                }).sorted().toList();
        assertEquals(HintCells.WORKLOADS.stream().map(Workload::id).sorted().toList(), methods);
    }

    @Test
    void theCeilingsAreAMemoryCopyAndAPreadThatRunsWarmOrCold() throws Exception {
        Set<String> ceilings = new TreeSet<>();
        for (BenchmarkListEntry e : ForkJvmTest.compiled()) {
            if (e.getUserClassQName().equals(CeilingBenchmark.class.getName())) {
                ceilings.add(e.getUsername());
            }
        }
        assertEquals(Set.of(CeilingBenchmark.class.getName() + ".memoryCopy", CeilingBenchmark.class.getName() + ".pread"), ceilings);
        assertEquals(List.of(CeilingBenchmark.Reader.class, CacheState.class),
                List.of(CeilingBenchmark.class.getMethod("pread", CeilingBenchmark.Reader.class, CacheState.class).getParameterTypes()));
    }
}
