package org.mmapbench.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

/** Builds synthetic runs with known lognormal fork noise for the gate's tests. */
final class Synthetic {

    static final EnvironmentInfo ENV = EnvironmentInfo.of(Map.of("cpu.model", "Test CPU", "cpu.cores", "2",
            "os.kernel", "6.1.0", "jdk.version", "25"));

    private Synthetic() {
    }

    /** A metric whose forks each hold {@code iterations} values around {@code forkValues[f]} (±0.5% iteration jitter). */
    static Metric metric(String name, String unit, double[] forkValues, int iterations, SplittableRandom r) {
        List<ForkSamples> forks = new ArrayList<>();
        for (double v : forkValues) {
            double[] it = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                it[i] = v * Math.exp(0.005 * r.nextGaussian());
            }
            forks.add(ForkSamples.of(it));
        }
        return new Metric(name, unit, mean(forkValues), Double.NaN, forks);
    }

    /** Fork values {@code centre * exp(sigma * N(0,1))}. */
    static double[] lognormal(double centre, double sigma, int forks, SplittableRandom r) {
        double[] v = new double[forks];
        for (int i = 0; i < forks; i++) {
            v[i] = centre * Math.exp(sigma * r.nextGaussian());
        }
        return v;
    }

    static BenchmarkResult result(String cls, String method, BenchMode mode, Map<String, String> params, Metric primary,
            Metric alloc) {
        TreeMap<String, Metric> secondary = new TreeMap<>();
        if (alloc != null) {
            secondary.put("gc.alloc.rate.norm", alloc);
        }
        return new BenchmarkResult("org.mmapbench.bench." + cls + "." + method, mode, new TreeMap<>(params),
                primary.forks().size(), 1, 2, 5, primary, secondary, ENV);
    }

    /** A benchmark in avgt us/op with the given fork values and no allocation metric. */
    static BenchmarkResult avgt(String cls, String strategy, double[] forkValues, SplittableRandom r) {
        return result(cls, "fair", BenchMode.AVERAGE_TIME, Map.of("corpus", "don-quixote", "strategy", strategy),
                metric(Metric.PRIMARY, "us/op", forkValues, 5, r), null);
    }

    static RunResults run(String id, List<BenchmarkResult> results) {
        return run(id, ENV, results);
    }

    static RunResults run(String id, EnvironmentInfo env, List<BenchmarkResult> results) {
        return new RunResults(id, Path.of(id + ".json"), env, results);
    }

    /**
     * A suite of {@code benchmarks} avgt benchmarks ({@code Bench<i>}), each with lognormal fork noise of
     * {@code sigma}; benchmark {@code slowIndex} (or none when negative) is multiplied by {@code factor}.
     */
    static RunResults suite(String id, int benchmarks, int forks, double sigma, int slowIndex, double factor,
            SplittableRandom r) {
        return suite(id, benchmarks, forks, sigma, slowIndex, factor, 5, r);
    }

    /** As {@link #suite(String, int, int, double, int, double, SplittableRandom)} with {@code iterations} per fork. */
    static RunResults suite(String id, int benchmarks, int forks, double sigma, int slowIndex, double factor, int iterations,
            SplittableRandom r) {
        List<BenchmarkResult> list = new ArrayList<>();
        for (int b = 0; b < benchmarks; b++) {
            double centre = 100 + b;
            double[] v = lognormal(b == slowIndex ? centre * factor : centre, sigma, forks, r);
            list.add(result("Bench" + b, "fair", BenchMode.AVERAGE_TIME, Map.of("corpus", "c", "strategy", "readAllBytes"),
                    metric(Metric.PRIMARY, "us/op", v, iterations, r), null));
        }
        return run(id, list);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
