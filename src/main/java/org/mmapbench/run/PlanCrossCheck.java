package org.mmapbench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mmapbench.util.UserInputException;
import org.mmapbench.verify.CrossCheck;
import org.mmapbench.workload.BenchmarkName;

/**
 * The cross-check of a run plan: before anything is measured, every (workload, variant, strategy)
 * cell of the plan runs once on every corpus it will be measured on and is compared with the
 * reference by {@link CrossCheck}. One wrong answer, error or unsupported size refuses the run:
 * no result is published for a wrong answer.
 */
public final class PlanCrossCheck implements CellChecker {
    private final PrintStream err;

    /** A cross-check reporting on stderr. */
    public PlanCrossCheck() {
        this(System.err);
    }

    /** A cross-check reporting on {@code err}. */
    public PlanCrossCheck(PrintStream err) {
        this.err = err;
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
                outcomes = CrossCheck.verify(List.of(file), c -> wanted.contains(c.name()));
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
     * The cell names ({@code workload/variant/strategy}) the plan measures, per corpus id. Benchmarks that
     * are not a workload's (thread scaling) have no cells: they check their own answers when a trial starts.
     */
    static Map<String, Set<String>> cellsByCorpus(RunPlan plan) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (PlanEntry e : plan.entries()) {
            java.util.Optional<BenchmarkName> parsed = BenchmarkName.parse(e.benchmark());
            if (parsed.isEmpty()) {
                continue;
            }
            BenchmarkName name = parsed.get();
            for (String corpus : e.corpora()) {
                for (String strategy : e.strategies()) {
                    out.computeIfAbsent(corpus, k -> new LinkedHashSet<>()).add(name.workload().id() + "/" + name.variant().id() + "/" + strategy);
                }
            }
        }
        return out;
    }
}
