package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Workload;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Contract: the JMH states declare exactly the cells {@link Cells} defines, so every existing cell
 * can be benchmarked and no invalid (variant, strategy) combination can ever run.
 */
class BenchmarkStatesTest {

    private static Class<?> benchClass(String simpleName) throws ClassNotFoundException {
        return Class.forName("org.mmapbench.bench." + simpleName);
    }

    @Test
    void everyBenchmarkMethodDeclaresExactlyItsCells() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (String simple : Workload.values().length > 0 ? java.util.Arrays.stream(Workload.values()).map(BenchmarkName::simpleClassName).toList() : List.<String>of()) {
            Class<?> c = benchClass(simple);
            String workload = Character.toLowerCase(simple.charAt(0)) + simple.substring(1, simple.length() - "Benchmark".length());
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Benchmark.class)) {
                    continue;
                }
                Class<?> state = m.getParameterTypes()[0];
                Param p = state.getField("strategy").getAnnotation(Param.class);
                assertNotNull(p, state.getName());
                List<String> expected = Cells.all().stream()
                        .filter(cell -> cell.workload().id().equals(workload) && cell.variant().id().equals(m.getName()))
                        .map(Cell::strategy).toList();
                assertEquals(expected, List.of(p.value()), simple + "." + m.getName());
                for (String s : p.value()) {
                    declared.add(workload + "/" + m.getName() + "/" + s);
                }
            }
        }
        Set<String> cells = new TreeSet<>();
        Cells.all().forEach(cell -> cells.add(cell.name()));
        assertEquals(cells, declared, "every cell has a benchmark and every benchmark a cell");
    }

    @Test
    void methodsAreNamedAfterVariantsAndUseTheirOwnState() throws Exception {
        for (String simple : Workload.values().length > 0 ? java.util.Arrays.stream(Workload.values()).map(BenchmarkName::simpleClassName).toList() : List.<String>of()) {
            List<Class<?>> states = new ArrayList<>();
            for (Method m : benchClass(simple).getDeclaredMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    assertTrue(List.of("fair", "idiomatic", "windowed").contains(m.getName()), m.toString());
                    assertEquals(long.class, m.getReturnType(), "results are returned, so JMH sinks them: " + m);
                    assertEquals(1, m.getParameterCount(), m.toString());
                    assertTrue(CellState.class.isAssignableFrom(m.getParameterTypes()[0]), m.toString());
                    states.add(m.getParameterTypes()[0]);
                }
            }
            assertEquals(states.size(), Set.copyOf(states).size(), simple + ": one state class per method");
        }
    }

    @Test
    void mutatingWorkloadsNeverTouchTheCorpus() throws Exception {
        for (String simple : List.of("ReplaceBenchmark", "PatchBenchmark")) {
            for (Method m : benchClass(simple).getDeclaredMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    assertTrue(CopyCellState.class.isAssignableFrom(m.getParameterTypes()[0]), m.toString());
                }
            }
        }
        for (Method m : benchClass("ReplaceBenchmark").getDeclaredMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)) {
                assertTrue(FreshCopyCellState.class.isAssignableFrom(m.getParameterTypes()[0]),
                        "replace needs a fresh copy every invocation: " + m);
            }
        }
    }
}
