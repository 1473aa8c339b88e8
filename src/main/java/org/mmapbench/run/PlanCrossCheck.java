package org.mmapbench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mmapbench.bench.HintBenchmark;
import org.mmapbench.util.UserInputException;
import org.mmapbench.verify.CrossCheck;
import org.mmapbench.workload.BenchmarkName;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.HintCells;

/**
 * The cross-check of a run plan: before anything is measured, every (workload, variant, strategy)
 * cell of the plan runs once on every corpus it will be measured on and is compared with the
 * reference by {@link CrossCheck}. One wrong answer, error or unsupported size refuses the run:
 * no result is published for a wrong answer.
 */
public final class PlanCrossCheck implements CellChecker {
    /** Every cell a plan may measure: the workload benchmarks' and the hint benchmarks'. */
    private static final List<Cell> CHECKABLE = concat(Cells.all(), HintCells.all());
    private static final String HINT_BENCHMARK = HintBenchmark.class.getName();
    private final PrintStream err;

    /** A cross-check reporting on stderr. */
    public PlanCrossCheck() {
        this(System.err);
    }

    /** A cross-check reporting on {@code err}. */
    public PlanCrossCheck(PrintStream err) {
        this.err = err;
    }

    private static List<Cell> concat(List<Cell> a, List<Cell> b) {
        List<Cell> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    @Override
    public void check(RunPlan plan, Map<String, Path> corpora) {
        Map<String, Set<String>> cellsByCorpus = cellsByCorpus(plan);
        int checked = 0;
        for (Map.Entry<String, Set<String>> e : cellsByCorpus.entrySet()) {
            Path file = corpora.get(e.getKey());
            Set<String> wanted = e.getValue();
            List<CrossCheck.Outcome> outcomes;
            try {
                outcomes = CrossCheck.verify(List.of(file), CHECKABLE.stream().filter(c -> wanted.contains(c.name())).toList());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            Set<String> seen = new LinkedHashSet<>();
            for (CrossCheck.Outcome o : outcomes) {
                seen.add(o.cell().name());
                if (o.status() == CrossCheck.Status.CHANGED) {
                    throw new UserInputException("cross-check: " + o.detail() + "; nothing was measured");
                }
                if (o.bad() || o.status() == CrossCheck.Status.SKIPPED) {
                    throw new RunFailedException("cross-check refused the run: " + o.name() + " (corpus " + e.getKey() + ") "
                            + o.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + o.detail()
                            + "; nothing was measured (run 'mmapbench check' for the full table)", null);
                }
            }
            Set<String> missing = new LinkedHashSet<>(wanted);
            missing.removeAll(seen);
            if (!missing.isEmpty()) {
                throw new RunFailedException("cross-check refused the run: no cell " + missing.iterator().next()
                        + " exists for the benchmark that would measure it; nothing was measured", null);
            }
            checked += outcomes.size();
        }
        err.println("mmapbench run: cross-check passed: " + checked + " cell runs on " + corpora.size()
                + " corpora agree with the reference");
        err.flush();
    }

    /**
     * The cell names ({@code workload/variant/strategy}, with {@code /durability} for the durability
     * variant, see {@code Cell.name()}) the plan measures, per corpus id: the workload benchmarks' cells
     * ({@link Cells}) and the hint benchmarks' ({@link HintCells}). Benchmarks that compute no workload's
     * answer (kernels, cost-anatomy steps, ceilings, IPC) have no cell here: their tests check them.
     */
    static Map<String, Set<String>> cellsByCorpus(RunPlan plan) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (PlanEntry e : plan.entries()) {
            List<String> cells = new ArrayList<>();
            Optional<BenchmarkName> name = BenchmarkName.parse(e.benchmark());
            if (name.isPresent()) {
                List<String> durabilities = e.params().getOrDefault("durability", List.of());
                for (String s : e.strategies()) {
                    String cell = name.get().workload().id() + "/" + name.get().variant().id() + "/" + s;
                    if (durabilities.isEmpty()) {
                        cells.add(cell);
                    }
                    durabilities.forEach(d -> cells.add(cell + "/" + d));
                }
            } else if (e.benchmark().startsWith(HINT_BENCHMARK + ".")) {
                String workload = e.benchmark().substring(HINT_BENCHMARK.length() + 1);
                e.params().getOrDefault("hint", List.of()).forEach(h -> cells.add(HintCells.get(workload, h).name()));
            }
            for (String corpus : e.corpora()) {
                if (!cells.isEmpty()) {
                    out.computeIfAbsent(corpus, k -> new LinkedHashSet<>()).addAll(cells);
                }
            }
        }
        return out;
    }
}
