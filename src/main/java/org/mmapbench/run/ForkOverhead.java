package org.mmapbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.stats.Percentiles;
import org.mmapbench.util.UserInputException;

/**
 * What a run costs beyond its iterations' set times, as its estimate uses it: what one fork costs
 * beyond its iterations (JVM start, heap pre-touch, JMH set-up, the trial's cache fill, teardown),
 * and how much longer the iterations take than their set times (an iteration ends after its set
 * time or one operation, whichever is longer, and per-invocation set-up, such as replace's fresh
 * copy or the cold drop, runs inside it but outside the timing). Both are the medians of what the
 * newest earlier runs (up to {@value #RECENT_RUNS}) of the same profile and heap on this host
 * measured ({@code run.fork_overhead_seconds} and {@code run.iteration_factor} in their
 * {@code environment.json}), else defaults measured on the reference machine: one from the profile's
 * heap, and a factor of {@value #DEFAULT_ITERATION_FACTOR}. The
 * median keeps one run on a busy machine from skewing the next estimate.
 *
 * @param seconds seconds per fork
 * @param iterationFactor measured iteration wall time over the set iteration times (at least 1 in
 *        practice)
 * @param source where the figures come from, for the printed estimate
 */
public record ForkOverhead(double seconds, double iterationFactor, String source) {

    /** The environment property each run stores its measured overhead in. */
    public static final String PROPERTY = "run.fork_overhead_seconds";
    /** The environment property each run stores its measured iteration wall time over the set times in. */
    public static final String ITERATION_FACTOR = "run.iteration_factor";
    /** How many of the newest matching runs the estimate takes the median of. */
    static final int RECENT_RUNS = 5;
    /**
     * Seconds a fork costs without heap pre-touch: JVM and JMH start-up, trial set-up, teardown. With
     * {@link #PRE_TOUCH_SECONDS_PER_GIB} it gives 0.60 s at 1 GiB, the upper half of what the quick runs
     * of the reference machine measured (0.42 to 0.69 s per fork over 27 runs, 0.60 s for writes; see
     * docs/running.md).
     */
    static final double BASE_SECONDS = 0.35;
    /** Seconds the pre-touch of each GiB of heap (on transparent huge pages) adds to a fork. */
    static final double PRE_TOUCH_SECONDS_PER_GIB = 0.25;
    /**
     * Iteration wall time over the set times where no run has measured it: the reference machine's
     * quick runs measured 1.42 to 1.82 (median 1.52), writes 1.65.
     */
    static final double DEFAULT_ITERATION_FACTOR = 1.5;

    /** A fork overhead with iterations that last their set times. */
    public ForkOverhead(double seconds, String source) {
        this(seconds, 1.0, source);
    }

    /**
     * The default for {@code profile}: {@link #BASE_SECONDS} plus the pre-touch of its heap, and iterations
     * {@link #DEFAULT_ITERATION_FACTOR} times their set times.
     */
    public static ForkOverhead byDefault(BenchProfile profile) {
        double gib = profile.heapBytes() / (double) (1L << 30);
        return new ForkOverhead(BASE_SECONDS + PRE_TOUCH_SECONDS_PER_GIB * gib, DEFAULT_ITERATION_FACTOR,
                String.format(Locale.ROOT, "default: %.2f s + %.2f s pre-touch per GiB of heap, iterations %.1fx their set times",
                        BASE_SECONDS, PRE_TOUCH_SECONDS_PER_GIB, DEFAULT_ITERATION_FACTOR));
    }

    /** The overhead measured by the newest run of {@code profile} on this host under {@code resultsDir}, else the default. */
    public static ForkOverhead lookup(Path resultsDir, BenchProfile profile) {
        return lookup(resultsDir, profile, EnvironmentProbe.hostname());
    }

    /**
     * The overhead measured by the newest run of {@code profile} on {@code hostname} under
     * {@code resultsDir}, else {@link #byDefault}. Unreadable run folders are skipped.
     */
    static ForkOverhead lookup(Path resultsDir, BenchProfile profile, String hostname) {
        if (!Files.isDirectory(resultsDir)) {
            return byDefault(profile);
        }
        List<Path> runs;
        try (Stream<Path> s = Files.list(resultsDir)) {
            runs = s.filter(d -> Files.isRegularFile(d.resolve(JmhJsonReader.ENVIRONMENT_JSON))).toList();
        } catch (IOException e) {
            return byDefault(profile);
        }
        List<Measured> recent = runs.stream()
                .map(d -> measured(d, profile, hostname))
                .filter(m -> m != null)
                .sorted(Comparator.comparing(Measured::end).reversed())
                .limit(RECENT_RUNS)
                .toList();
        if (recent.isEmpty()) {
            return byDefault(profile);
        }
        int n = recent.size();
        double median = Percentiles.median(recent.stream().mapToDouble(Measured::seconds).toArray());
        double[] factors = recent.stream().mapToDouble(Measured::iterationFactor).filter(Double::isFinite).toArray();
        double factor = factors.length == 0 ? 1.0 : Percentiles.median(factors);
        return new ForkOverhead(median, factor, n == 1 ? "measured by run " + recent.get(0).runId()
                : String.format(Locale.ROOT, "median of the %d newest runs on this host, newest %s", n, recent.get(0).runId()));
    }

    /** One earlier run's figures; {@code iterationFactor} is NaN where the run did not record it. */
    private record Measured(String runId, String end, double seconds, double iterationFactor) {
    }

    private static Measured measured(Path runDir, BenchProfile profile, String hostname) {
        Map<String, String> env;
        try {
            env = JmhJsonReader.readEnvironmentFile(runDir.resolve(JmhJsonReader.ENVIRONMENT_JSON));
        } catch (UserInputException e) {
            return null;
        }
        String value = env.get(PROPERTY);
        if (value == null || !profile.id().equals(env.get("profile")) || !hostname.equals(env.get("hostname"))
                || !profile.heap().equals(env.get("fork.heap"))) {
            return null;
        }
        double s = parse(value);
        return Double.isFinite(s) && s > 0
                ? new Measured(runDir.getFileName().toString(), env.getOrDefault("time.end", ""), s, parse(env.get(ITERATION_FACTOR)))
                : null;
    }

    private static double parse(String value) {
        try {
            double v = value == null ? Double.NaN : Double.parseDouble(value);
            return v > 0 ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
