package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.Options;

/**
 * The opt-in {@code writes} profile: IPC benchmarks in the mode each method declares (sample time
 * for round trips), with their own parameters and no corpus; the crash trials' corpus and estimate.
 */
class WritesProfileTest {
    private static final String IPC = "org.mmapbench.bench.IpcBenchmark.";

    @Test
    void ipcRunsEveryTransportAndSizeInTheModeItsMethodDeclares() {
        RunPlan plan = RunPlan.of(BenchProfile.WRITES, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        assertEquals(48, plan.benchmarkCount(), "28 write cells and 4 transports x (3 round-trip + 2 bulk sizes)");
        PlanEntry roundTrip = plan.entries().stream().filter(e -> e.benchmark().equals(IPC + "roundTrip")).findFirst().orElseThrow();
        PlanEntry bulk = plan.entries().stream().filter(e -> e.benchmark().equals(IPC + "bulk")).findFirst().orElseThrow();
        assertEquals(Mode.SampleTime, roundTrip.mode());
        assertEquals(Mode.AverageTime, bulk.mode());
        assertEquals(List.of("64", "4096", "65536"), roundTrip.params().get("messageSize"));
        assertEquals(List.of("65536", "1048576"), bulk.params().get("messageSize"));
        assertTrue(roundTrip.corpora().isEmpty());
        assertEquals(List.of(BenchProfile.CRASH_CORPUS), plan.corpora(), "the write cells and the crash trials replace in one text");
        Options o = RunExecutor.options(BenchProfile.WRITES, roundTrip, "/usr/bin/java", RunExecutor.forkJvmArgs(BenchProfile.WRITES),
                List.of());
        assertEquals(Mode.SampleTime, o.getBenchModes().iterator().next());
        assertFalse(o.getParameter("corpus").hasValue());
        assertEquals(List.of("mappedRing", "pipe", "tcp", "unix"), List.copyOf(o.getParameter("transport").get()));
        assertEquals(28, PlanCrossCheck.cellsByCorpus(plan).get(BenchProfile.CRASH_CORPUS).size(),
                "the write cells only: IPC has no reference cells; its tests check it");
    }

    @Test
    void theEstimateCountsPeersAndCrashTrials() {
        RunPlan plan = RunPlan.of(BenchProfile.WRITES, "IpcBenchmark", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
        ForkOverhead none = new ForkOverhead(0, 1, "test");
        double iterations = BenchProfile.WRITES.warmupIterations() * BenchProfile.WRITES.warmupMillis() / 1000.0
                + BenchProfile.WRITES.measurementIterations() * BenchProfile.WRITES.measurementMillis() / 1000.0;
        double benchmarks = 20 * 3 * (RunPlan.PEER_START_SECONDS + iterations);
        double crash = 50 * 3 * RunPlan.CRASH_TRIALS_PER_KILL * RunPlan.CRASH_TRIAL_SECONDS;
        assertEquals(benchmarks + crash, plan.estimateSeconds(none), 1e-6);
        assertEquals(0, RunPlan.of(BenchProfile.QUICK, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST).crashEstimateSeconds(3));
    }

    @Test
    void otherProfilesRunNoCrashTrialsAndStandardRoundTripsAtTwoSizesOverTheRingAndASocket() {
        for (BenchProfile p : List.of(BenchProfile.SMOKE, BenchProfile.QUICK, BenchProfile.STANDARD, BenchProfile.FULL)) {
            RunPlan plan = RunPlan.of(p, ".*", BenchmarkCatalog.compiled(), TestCorpusSizes.MANIFEST);
            List<PlanEntry> ipc = plan.entries().stream().filter(e -> e.benchmark().startsWith(IPC)).toList();
            assertTrue(plan.entries().stream().filter(e -> !ipc.contains(e)).allMatch(e -> e.mode() == Mode.AverageTime
                    && (e.benchmark().endsWith(".durability") ? e.params().equals(Map.of("durability", List.of("none", "synced")))
                    : e.benchmark().contains(".HintBenchmark.") ? e.params().keySet().equals(java.util.Set.of("hint"))
                    : e.params().isEmpty())), p.id());
            assertEquals(0, p.crashKills());
            if (p == BenchProfile.STANDARD) {
                assertEquals(1, ipc.size());
                assertEquals(IPC + "roundTrip", ipc.get(0).benchmark());
                assertEquals(Mode.SampleTime, ipc.get(0).mode());
                assertEquals(Map.of("transport", List.of("mappedRing", "unix"), "messageSize", List.of("64", "65536")), ipc.get(0).params());
            } else {
                assertEquals(List.of(), ipc, p.id());
            }
        }
    }

    @Test
    void aParameterTheMethodDoesNotDeclareIsAProfileBug() {
        Map<String, List<String>> declared = Map.of("transport", List.of("mappedRing", "pipe", "tcp", "unix"),
                "messageSize", List.of("64", "4096", "65536"));
        Map<String, Map<String, List<String>>> methods = new TreeMap<>(BenchmarkCatalog.compiled().benchmarks());
        methods.keySet().removeIf(name -> name.startsWith(IPC));
        methods.put(IPC + "roundTrip", declared);
        RunPlan ok = RunPlan.of(BenchProfile.WRITES, "roundTrip", new BenchmarkCatalog(new TreeMap<>(methods)), TestCorpusSizes.MANIFEST);
        assertEquals(Mode.AverageTime, ok.entries().get(0).mode(), "a catalog without modes runs average time");
        methods.put(IPC + "bulk", Map.of("transport", List.of("mappedRing", "pipe", "tcp", "unix")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunPlan.of(BenchProfile.WRITES, ".*",
                new BenchmarkCatalog(new TreeMap<>(methods)), TestCorpusSizes.MANIFEST));
        assertTrue(e.getMessage().contains("sets parameter messageSize of " + IPC + "bulk"), e.getMessage());
    }

    @Test
    void aParameterWithSeveralValuesTheProfileLeavesUnsetIsAProfileBug() {
        Map<String, Map<String, List<String>>> methods = new TreeMap<>(BenchmarkCatalog.compiled().benchmarks());
        String patch = "org.mmapbench.bench.PatchBenchmark.durability";
        Map<String, List<String>> declared = new TreeMap<>(methods.get(patch));
        declared.put("extra", List.of("a", "b"));
        methods.put(patch, declared);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunPlan.of(BenchProfile.WRITES, ".*",
                new BenchmarkCatalog(new TreeMap<>(methods)), TestCorpusSizes.MANIFEST));
        assertTrue(e.getMessage().contains("leaves parameter extra of " + patch + " unset"), e.getMessage());
    }
}
