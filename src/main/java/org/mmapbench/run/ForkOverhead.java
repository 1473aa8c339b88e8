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
 * What one fork costs beyond its iterations (JVM start, heap pre-touch, JMH set-up, the trial's
 * cache fill, teardown), as a run's estimate uses it: the median of what the newest earlier runs
 * (up to {@value #RECENT_RUNS}) of the same profile and heap on this host measured
 * ({@code run.fork_overhead_seconds} in their {@code environment.json}), else a default from the
 * profile's heap. The median keeps one run on a busy machine from skewing the next estimate.
 *
 * @param seconds seconds per fork
 * @param source where the figure comes from, for the printed estimate
 */
public record ForkOverhead(double seconds, String source) {

    /** The environment property each run stores its measured overhead in. */
    public static final String PROPERTY = "run.fork_overhead_seconds";
    /** How many of the newest matching runs the estimate takes the median of. */
    static final int RECENT_RUNS = 5;
    /** Seconds a fork costs without heap pre-touch: JVM and JMH start-up, trial set-up, teardown. */
    static final double BASE_SECONDS = 1.0;
    /** Seconds the pre-touch of each GiB of heap adds to a fork. */
    static final double PRE_TOUCH_SECONDS_PER_GIB = 0.6;

    /** The default for {@code profile}: {@link #BASE_SECONDS} plus the pre-touch of its heap. */
    public static ForkOverhead byDefault(BenchProfile profile) {
        double gib = profile.heapBytes() / (double) (1L << 30);
        return new ForkOverhead(BASE_SECONDS + PRE_TOUCH_SECONDS_PER_GIB * gib,
                String.format(Locale.ROOT, "default: %.1f s + %.1f s pre-touch per GiB of heap", BASE_SECONDS, PRE_TOUCH_SECONDS_PER_GIB));
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
        return new ForkOverhead(median, n == 1 ? "measured by run " + recent.get(0).runId()
                : String.format(Locale.ROOT, "median of the %d newest runs on this host, newest %s", n, recent.get(0).runId()));
    }

    private record Measured(String runId, String end, double seconds) {
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
        try {
            double s = Double.parseDouble(value);
            return Double.isFinite(s) && s > 0 ? new Measured(runDir.getFileName().toString(), env.getOrDefault("time.end", ""), s) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
