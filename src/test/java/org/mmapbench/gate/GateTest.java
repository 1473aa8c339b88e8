package org.mmapbench.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

/** Gate.compare on synthetic runs: verdicts, directions, rows that cannot be tested, environments, confirmation. */
class GateTest {

    private static final double[] QUIET = {100, 101, 99, 100.5, 99.5};

    private static double[] times(double factor) {
        double[] v = QUIET.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return v;
    }

    private static BenchmarkResult bench(String cls, String strategy, double factor, SplittableRandom r) {
        return Synthetic.avgt(cls, strategy, times(factor), r);
    }

    private static GateRow row(GateResult g, String namePart, String metric) {
        return g.rows().stream().filter(x -> x.name().contains(namePart) && x.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void aSlowerBenchmarkRegressesAndNamesItself() {
        SplittableRandom r = new SplittableRandom(1);
        RunResults base = Synthetic.run("base", List.of(bench("ReadBenchmark", "readAllBytes", 1, r), bench("FindBenchmark", "readAllBytes", 1, r)));
        RunResults cand = Synthetic.run("cand", List.of(bench("ReadBenchmark", "readAllBytes", 1, r), bench("FindBenchmark", "readAllBytes", 1.2, r)));
        GateResult g = Gate.compare(base, cand, GateOptions.defaults());
        assertEquals(GateOutcome.REGRESSED, g.outcome());
        GateRow bad = row(g, "FindBenchmark", "primary");
        assertEquals(Verdict.REGRESSED, bad.verdict());
        assertEquals(1.2, bad.ratio(), 0.01);
        assertTrue(bad.ciLow() > 1.05 && bad.ciHigh() > bad.ratio());
        assertEquals(Verdict.UNCHANGED, row(g, "ReadBenchmark", "primary").verdict());
        assertEquals(Set.of(bad.key()), g.regressedKeys());
        assertTrue(g.headline().startsWith("FAIL") && g.headline().contains("FindBenchmark.fair"), g.headline());
    }

    @Test
    void aSmallSignificantChangeWithinTheThresholdPasses() {
        SplittableRandom r = new SplittableRandom(2);
        RunResults base = Synthetic.run("base", List.of(bench("ReadBenchmark", "readAllBytes", 1, r)));
        RunResults cand = Synthetic.run("cand", List.of(bench("ReadBenchmark", "readAllBytes", 1.03, r)));
        GateResult g = Gate.compare(base, cand, GateOptions.defaults());
        GateRow row = g.rows().get(0);
        assertTrue(row.pAdjusted() < 0.05);
        assertEquals(Verdict.UNCHANGED, row.verdict());
        assertTrue(row.note().contains("within the 5.0% threshold"), row.note());
        assertEquals(GateOutcome.PASS, g.outcome());
        // ... and fails with a 2% threshold
        assertEquals(GateOutcome.REGRESSED, Gate.compare(base, cand, GateOptions.defaults().withThreshold(0.02)).outcome());
    }

    @Test
    void fasterIsAnImprovementAndPasses() {
        SplittableRandom r = new SplittableRandom(3);
        RunResults base = Synthetic.run("base", List.of(bench("ReadBenchmark", "readAllBytes", 1, r)));
        RunResults cand = Synthetic.run("cand", List.of(bench("ReadBenchmark", "readAllBytes", 0.8, r)));
        GateResult g = Gate.compare(base, cand, GateOptions.defaults());
        assertEquals(Verdict.IMPROVED, g.rows().get(0).verdict());
        assertEquals(GateOutcome.PASS, g.outcome());
    }

    @Test
    void throughputDropIsARegression() {
        SplittableRandom r = new SplittableRandom(4);
        Map<String, String> params = Map.of("corpus", "c", "strategy", "readAllBytes");
        BenchmarkResult b = Synthetic.result("ReadBenchmark", "fair", BenchMode.THROUGHPUT, params,
                Synthetic.metric("primary", "ops/s", times(1), 5, r), null);
        BenchmarkResult c = Synthetic.result("ReadBenchmark", "fair", BenchMode.THROUGHPUT, params,
                Synthetic.metric("primary", "ops/s", times(0.8), 5, r), null);
        GateResult g = Gate.compare(Synthetic.run("b", List.of(b)), Synthetic.run("c", List.of(c)), GateOptions.defaults());
        assertEquals(Verdict.REGRESSED, g.rows().get(0).verdict());
        assertTrue(g.rows().get(0).higherIsBetter());
    }

    @Test
    void moreAllocationIsARegressionOfItsOwnRow() {
        SplittableRandom r = new SplittableRandom(5);
        Map<String, String> params = Map.of("corpus", "c", "strategy", "readAllBytes");
        double[] alloc = {2_347_880, 2_347_880, 2_347_880, 2_347_880, 2_347_880};
        double[] alloc2 = {4_695_760, 4_695_760, 4_695_760, 4_695_760, 4_695_760};
        BenchmarkResult b = Synthetic.result("ReadBenchmark", "fair", BenchMode.AVERAGE_TIME, params,
                Synthetic.metric("primary", "us/op", times(1), 5, r), exact("gc.alloc.rate.norm", alloc));
        BenchmarkResult c = Synthetic.result("ReadBenchmark", "fair", BenchMode.AVERAGE_TIME, params,
                Synthetic.metric("primary", "us/op", times(1), 5, r), exact("gc.alloc.rate.norm", alloc2));
        GateResult g = Gate.compare(Synthetic.run("b", List.of(b)), Synthetic.run("c", List.of(c)), GateOptions.defaults());
        assertEquals(2, g.rows().size());
        assertEquals("primary", g.rows().get(0).metric());
        assertEquals(Verdict.UNCHANGED, g.rows().get(0).verdict());
        GateRow a = g.rows().get(1);
        assertEquals("gc.alloc.rate.norm", a.metric());
        assertEquals(Verdict.REGRESSED, a.verdict());
        assertEquals(2.0, a.ratio(), 1e-9);
        assertEquals(GateOutcome.REGRESSED, g.outcome());
    }

    private static Metric exact(String name, double[] perFork) {
        List<ForkSamples> forks = new ArrayList<>();
        for (double v : perFork) {
            forks.add(ForkSamples.of(v, v, v));
        }
        return new Metric(name, "B/op", perFork[0], 0, forks);
    }

    @Test
    void tooFewForksOrNoRawDataIsInconclusiveAndSaysWhatIsNeeded() {
        SplittableRandom r = new SplittableRandom(6);
        BenchmarkResult two = Synthetic.avgt("ReadBenchmark", "readAllBytes", new double[] {100, 101}, r);
        BenchmarkResult noRaw = Synthetic.result("FindBenchmark", "fair", BenchMode.AVERAGE_TIME, Map.of("strategy", "x"),
                new Metric("primary", "us/op", 100, 1, List.of()), null);
        GateResult g = Gate.compare(Synthetic.run("b", List.of(two, noRaw)), Synthetic.run("c", List.of(two, noRaw)),
                GateOptions.defaults());
        assertEquals(GateOutcome.INCONCLUSIVE, g.outcome());
        assertTrue(row(g, "ReadBenchmark", "primary").note().contains("at least 3"));
        assertTrue(row(g, "FindBenchmark", "primary").note().contains("raw data"));
        assertTrue(g.headline().startsWith("INCONCLUSIVE"));
    }

    @Test
    void newAndMissingBenchmarksAreListedAndDoNotFail() {
        SplittableRandom r = new SplittableRandom(7);
        BenchmarkResult common = bench("ReadBenchmark", "readAllBytes", 1, r);
        RunResults base = Synthetic.run("b", List.of(common, bench("OldBenchmark", "readAllBytes", 1, r)));
        RunResults cand = Synthetic.run("c", List.of(common, bench("NewBenchmark", "readAllBytes", 1, r)));
        GateResult g = Gate.compare(base, cand, GateOptions.defaults());
        assertEquals(Verdict.MISSING, row(g, "OldBenchmark", "primary").verdict());
        assertEquals(Verdict.NEW, row(g, "NewBenchmark", "primary").verdict());
        assertEquals(GateOutcome.PASS, g.outcome());
        assertEquals(1, g.tested());
    }

    @Test
    void nothingInCommonIsInconclusive() {
        SplittableRandom r = new SplittableRandom(8);
        GateResult g = Gate.compare(Synthetic.run("b", List.of(bench("A", "readAllBytes", 1, r))),
                Synthetic.run("c", List.of(bench("B", "readAllBytes", 1, r))), GateOptions.defaults());
        assertEquals(GateOutcome.INCONCLUSIVE, g.outcome());
    }

    @Test
    void differentEnvironmentsAreRefusedUnlessAllowedOrRelative() {
        SplittableRandom r = new SplittableRandom(9);
        EnvironmentInfo other = EnvironmentInfo.of(Map.of("cpu.model", "Other CPU", "cpu.cores", "2", "os.kernel", "6.1.0",
                "jdk.version", "25"));
        RunResults base = Synthetic.run("b", List.of(bench("ReadBenchmark", "readAllBytes", 1, r)));
        RunResults cand = Synthetic.run("c", other, List.of(bench("ReadBenchmark", "readAllBytes", 1, r)));
        GateResult refused = Gate.compare(base, cand, GateOptions.defaults());
        assertTrue(refused.refused());
        assertEquals(GateOutcome.INCONCLUSIVE, refused.outcome());
        assertTrue(refused.headline().contains("cpu.model: Test CPU -> Other CPU"), refused.headline());
        GateResult allowed = Gate.compare(base, cand, GateOptions.defaults().withAllowEnvMismatch(true));
        assertEquals(GateOutcome.PASS, allowed.outcome());
        assertTrue(GateTable.render(allowed).contains("environments differ: cpu.model"));
    }

    /** A workload with a regular and two mapped strategies; {@code mappedFactor} scales both mapped ones, {@code machine} all. */
    private static RunResults pairRun(String id, EnvironmentInfo env, double machine, double mappedFactor, SplittableRandom r) {
        List<BenchmarkResult> list = new ArrayList<>();
        list.add(Synthetic.avgt("FindBenchmark", "readAllBytes", times(machine), r));
        list.add(Synthetic.avgt("FindBenchmark", "channelHeap", times(machine * 1.1), r));
        list.add(Synthetic.avgt("FindBenchmark", "mappedBuffer", times(machine * 0.5 * mappedFactor), r));
        list.add(Synthetic.avgt("FindBenchmark", "mappedSegment", times(machine * 0.6 * mappedFactor), r));
        return Synthetic.run(id, env, list);
    }

    @Test
    void relativeModeComparesSpeedupsAcrossMachines() {
        SplittableRandom r = new SplittableRandom(10);
        EnvironmentInfo fast = EnvironmentInfo.of(Map.of("cpu.model", "Fast CPU"));
        GateOptions rel = GateOptions.defaults().withRelative(true);
        // The candidate machine is 3x slower across the board: speedups are unchanged.
        GateResult same = Gate.compare(pairRun("b", Synthetic.ENV, 1, 1, r), pairRun("c", fast, 3, 1, r), rel);
        assertEquals(GateOutcome.PASS, same.outcome(), GateTable.render(same));
        assertEquals(2, same.tested());
        GateRow seg = row(same, "mappedSegment vs readAllBytes", "speedup");
        assertEquals(1 / 0.6, seg.baselineCentre(), 0.03);
        assertEquals(1.0, seg.ratio(), 0.02);
        assertEquals(2, seg.sources().size());
        // Mapped got 30% slower relative to regular: the speedup fell, a regression.
        GateResult worse = Gate.compare(pairRun("b", Synthetic.ENV, 1, 1, r), pairRun("c", fast, 3, 1.3, r), rel);
        assertEquals(GateOutcome.REGRESSED, worse.outcome());
        GateRow w = row(worse, "mappedBuffer vs readAllBytes", "speedup");
        assertEquals(Verdict.REGRESSED, w.verdict());
        assertEquals(1 / 1.3, w.ratio(), 0.02);
        assertTrue(worse.regressedKeys().stream().anyMatch(k -> k.contains("strategy=readAllBytes")));
        assertTrue(worse.regressedKeys().stream().anyMatch(k -> k.contains("strategy=mappedBuffer")));
    }

    @Test
    void confirmationKeepsOnlyRegressionsThatRegressAgain() {
        SplittableRandom r = new SplittableRandom(11);
        RunResults base = Synthetic.run("b", List.of(bench("A", "readAllBytes", 1, r), bench("B", "readAllBytes", 1, r)));
        RunResults cand = Synthetic.run("c", List.of(bench("A", "readAllBytes", 1.3, r), bench("B", "readAllBytes", 1.3, r)));
        GateResult first = Gate.compare(base, cand, GateOptions.defaults());
        assertEquals(2, first.regressedKeys().size());
        // Re-run: A is still slow, B was a fluke.
        RunResults rerun = Synthetic.run("rerun", List.of(bench("A", "readAllBytes", 1.3, r), bench("B", "readAllBytes", 1.0, r)));
        RunResults replaced = Gate.replaceRows(cand, rerun);
        assertEquals("c", replaced.runId());
        assertEquals(rerun.results().get(1), replaced.results().get(1));
        GateResult confirmed = Gate.confirm(base, cand, first, rerun);
        assertEquals(GateOutcome.REGRESSED, confirmed.outcome());
        assertEquals(Set.of(cand.results().get(0).key()), confirmed.regressedKeys());
        GateRow b = row(confirmed, "B.fair", "primary");
        assertEquals(Verdict.UNCHANGED, b.verdict());
        assertTrue(b.note().contains("not confirmed"));
        assertTrue(row(confirmed, "A.fair", "primary").note().contains("confirmed by a re-run"));
    }

    @Test
    void anInterleavedConfirmationDecidesEveryFlaggedRowAndLeavesTheOthers() {
        SplittableRandom r = new SplittableRandom(14);
        RunResults base = Synthetic.run("b", List.of(bench("A", "readAllBytes", 1, r), bench("B", "readAllBytes", 1, r),
                bench("C", "readAllBytes", 1, r)));
        // Against the stored baseline: A and B slower, C faster (the machine drifted, or the code changed).
        RunResults cand = Synthetic.run("c", List.of(bench("A", "readAllBytes", 1.3, r), bench("B", "readAllBytes", 1.3, r),
                bench("C", "readAllBytes", 0.7, r)));
        GateResult first = Gate.compare(base, cand, GateOptions.defaults());
        assertEquals(2, first.regressedKeys().size());
        assertEquals(3, first.flaggedKeys().size());
        // Both builds again, interleaved: A is still slower, B and C were drift.
        RunResults againBase = Synthetic.run("rb", List.of(bench("A", "readAllBytes", 1.1, r), bench("B", "readAllBytes", 1.2, r),
                bench("C", "readAllBytes", 0.9, r)));
        RunResults againCand = Synthetic.run("rc", List.of(bench("A", "readAllBytes", 1.43, r), bench("B", "readAllBytes", 1.2, r),
                bench("C", "readAllBytes", 0.9, r)));
        GateResult confirmed = Gate.confirmInterleaved(first, againBase, againCand);
        assertEquals(GateOutcome.REGRESSED, confirmed.outcome());
        assertEquals(Set.of(cand.results().get(0).key()), confirmed.regressedKeys());
        GateRow a = row(confirmed, "A.fair", "primary");
        assertEquals(1.3, a.ratio(), 0.02, "the row shows the interleaved comparison");
        assertTrue(a.note().contains("confirmed by an interleaved re-run (against the stored baseline regressed +"), a.note());
        GateRow b = row(confirmed, "B.fair", "primary");
        assertEquals(Verdict.UNCHANGED, b.verdict());
        assertTrue(b.note().contains("not confirmed by an interleaved re-run"), b.note());
        GateRow c = row(confirmed, "C.fair", "primary");
        assertEquals(Verdict.UNCHANGED, c.verdict());
        assertTrue(c.note().contains("against the stored baseline improved -"), c.note());
        assertEquals(first.rows().size(), confirmed.rows().size());
        assertEquals("c", confirmed.candidateRun());
        // A row the first comparison left unchanged keeps its verdict even if the re-run would flag it.
        RunResults quiet = Synthetic.run("q", List.of(bench("A", "readAllBytes", 1, r)));
        GateResult none = Gate.compare(quiet, quiet, GateOptions.defaults());
        assertTrue(none.flaggedKeys().isEmpty());
        assertEquals(none.rows(), Gate.confirmInterleaved(none, quiet,
                Synthetic.run("slow", List.of(bench("A", "readAllBytes", 2, r)))).rows());
    }

    @Test
    void outputIsDeterministic() {
        RunResults base = Synthetic.suite("b", 10, 5, 0.03, -1, 1, new SplittableRandom(12));
        RunResults cand = Synthetic.suite("c", 10, 5, 0.03, 3, 1.1, new SplittableRandom(13));
        assertEquals(GateCsv.render(Gate.compare(base, cand, GateOptions.defaults())),
                GateCsv.render(Gate.compare(base, cand, GateOptions.defaults())));
    }

    @Test
    void unsteadyForksAreCountedPerSideAndShownInTheTable() {
        SplittableRandom r = new SplittableRandom(11);
        double[] f = {100, 101, 99, 100, 102};
        BenchmarkResult steady = Synthetic.avgt("ReadBenchmark", "readAllBytes", f, r);
        List<ForkSamples> forks = new ArrayList<>(Synthetic.metric("primary", "us/op", f, 6, r).forks());
        forks.set(2, ForkSamples.of(420, 100, 101, 99, 100, 100)); // a first iteration in a start-up transient
        Metric transient1 = new Metric("primary", "us/op", 100, Double.NaN, forks);
        BenchmarkResult unsteady = Synthetic.result("ReadBenchmark", "fair", BenchMode.AVERAGE_TIME,
                steady.params(), transient1, null);
        GateResult g = Gate.compare(Synthetic.run("b", List.of(steady)), Synthetic.run("c", List.of(unsteady)), GateOptions.defaults());
        GateRow row = g.rows().stream().filter(x -> x.metric().equals("primary")).findFirst().orElseThrow();
        assertEquals(0, row.baselineUnsteady());
        assertEquals(1, row.candidateUnsteady());
        assertTrue(GateTable.render(g).contains("(5, 1 unsteady)"), GateTable.render(g));
        assertTrue(GateCsv.render(g).lines().skip(1).findFirst().orElseThrow().endsWith(",0,1"), GateCsv.render(g));
    }
}
