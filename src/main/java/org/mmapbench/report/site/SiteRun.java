package org.mmapbench.report.site;

import java.util.Comparator;
import java.util.List;
import org.mmapbench.results.RunResults;

/**
 * One run as the history site shows it: its results and what the regression gate said between it and
 * the previous run on the same environment (the command line computes the gate; the site only shows it).
 *
 * @param run the run's results and environment
 * @param previousRunId the previous run on the same environment, or null for the first
 * @param verdict the gate's overall word against that run ({@code pass}, {@code regressed}, {@code inconclusive}),
 *        or null for the first run of an environment
 * @param headline the gate's one-line summary, or null
 * @param changes the rows the gate marked regressed or improved
 */
public record SiteRun(RunResults run, String previousRunId, String verdict, String headline, List<Change> changes) {

    /** Runs in time order: by {@code time.start} of their environment (ISO-8601, UTC), then by run id. */
    public static final Comparator<RunResults> TIME_ORDER = Comparator
            .comparing((RunResults r) -> String.valueOf(r.environment().get("time.start"))).thenComparing(RunResults::runId);

    /** Copies the list. */
    public SiteRun {
        changes = List.copyOf(changes);
    }

    /** A run with no gate verdict (the first of its environment). */
    public static SiteRun first(RunResults run) {
        return new SiteRun(run, null, null, null, List.of());
    }

    /**
     * One row the gate marked.
     *
     * @param benchmarkKey the benchmark's key ({@link org.mmapbench.results.BenchmarkResult#key()})
     * @param name a readable name
     * @param metric {@code primary} or a secondary metric's name
     * @param direction {@code regressed} or {@code improved}
     * @param delta the change as a fraction (candidate / baseline - 1)
     */
    public record Change(String benchmarkKey, String name, String metric, String direction, double delta) {
    }
}
