package org.mmapbench.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.mmapbench.util.UserInputException;
import org.openjdk.jmh.profile.Profiler;
import org.openjdk.jmh.util.Version;

/**
 * Checks, before anything is measured, that a jar can stand in for one side of an interleaved run:
 * a runnable mmapbench jar holding every benchmark of the plan and the fork recorder, built with the
 * same JMH version as the running mmapbench (the host and its forks talk JMH's binary protocol).
 */
final class JarCheck {
    static final String BENCHMARK_LIST = "META-INF/BenchmarkList";
    static final String JMH_POM = "META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties";
    static final String FORK_RECORDER = "org/mmapbench/bench/ForkRecorder.class";

    private JarCheck() {
    }

    /** Refuses {@code jar} with one line naming {@code option}, the jar and the problem, unless it fits {@code plan}. */
    static void require(Path jar, String option, RunPlan plan) {
        if (!Files.isRegularFile(jar)) {
            throw new UserInputException(option + ": " + jar + (Files.exists(jar) ? " is not a regular file" : ": no such file"));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String list = text(zip, BENCHMARK_LIST);
            if (list == null) {
                throw new UserInputException(option + ": " + jar + " holds no " + BENCHMARK_LIST + " (not a runnable mmapbench jar)");
            }
            if (zip.getEntry(FORK_RECORDER) == null) {
                throw new UserInputException(option + ": " + jar + " has no fork recorder (" + FORK_RECORDER
                        + "): built before mmapbench recorded its forks, so it cannot take part in a compare");
            }
            for (PlanEntry e : plan.entries()) {
                if (zip.getEntry(generatedClass(e.benchmark())) == null) {
                    throw new UserInputException(option + ": " + jar + " has no benchmark " + e.benchmark()
                            + " (narrow the plan with --include to benchmarks both builds have)");
                }
            }
            String pom = text(zip, JMH_POM);
            Properties p = new Properties();
            if (pom != null) {
                p.load(new java.io.StringReader(pom));
            }
            String version = p.getProperty("version");
            String ours = Version.getPlainVersion();
            if (version == null || !version.equals(ours)) {
                throw new UserInputException(option + ": " + jar + " was built with JMH " + (version == null ? "(unknown)" : version)
                        + ", this mmapbench with JMH " + ours + "; both sides need the same JMH version");
            }
        } catch (ZipException e) {
            throw new UserInputException(option + ": " + jar + " is not a jar (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UserInputException(option + ": " + jar + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The {@linkplain RunExecutor#OPTIONAL_PROFILERS optional profilers} {@code jar} (already
     * {@linkplain #require checked}) holds; a build from before one runs its side without its metrics.
     */
    static List<Class<? extends Profiler>> optionalProfilers(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return RunExecutor.OPTIONAL_PROFILERS.stream().filter(c -> zip.getEntry(entryOf(c)) != null).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The jar entry of class {@code c}, e.g. {@code org/mmapbench/bench/OsCountersProfiler.class}. */
    static String entryOf(Class<?> c) {
        return c.getName().replace('.', '/') + ".class";
    }

    /** The class JMH generates for a benchmark, e.g. {@code org/mmapbench/bench/jmh_generated/ReadBenchmark_fair_jmhTest.class}. */
    static String generatedClass(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int simple = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(0, simple).replace('.', '/') + "/jmh_generated/" + benchmark.substring(simple + 1, method) + "_"
                + benchmark.substring(method + 1) + "_jmhTest.class";
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
