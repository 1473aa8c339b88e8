package org.mmapbench.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmapbench.corpus.Sha256;

/**
 * Collects the facts recorded in a run's {@code environment.json}: JDK and fork arguments, OS,
 * kernel, CPU, memory, the file system and device of the corpora, page-cache settings, the corpora
 * used with their SHA-256, the git commit, and the run's own settings.
 *
 * <p>Property names follow {@link org.mmapbench.results.EnvironmentInfo}; {@code docs/environment.md}
 * lists every one. Values are strings; a fact that cannot be found is
 * {@code unknown}.
 */
final class EnvironmentProbe {
    private static final Pattern SETTING = Pattern.compile("(?m)^\\s*([\\w.]+) = (.*)$");

    private final LinuxFacts linux;

    EnvironmentProbe() {
        this(new LinuxFacts());
    }

    EnvironmentProbe(LinuxFacts linux) {
        this.linux = linux;
    }

    /**
     * The warm-up of the plan's forks: {@code jmh.warmup}, the profile's, and {@code jmh.warmup.<Class.method>} for every
     * planned method the profile warms up for longer.
     */
    static SortedMap<String, String> warmups(RunPlan plan) {
        BenchProfile profile = plan.profile();
        SortedMap<String, String> p = new TreeMap<>();
        p.put("jmh.warmup", profile.warmupIterations() + " x " + profile.warmupMillis() + " ms");
        for (PlanEntry e : plan.entries()) {
            if (profile.warmupIterations(e.benchmark()) != profile.warmupIterations()) {
                p.put("jmh.warmup." + e.shortName(), profile.warmupIterations(e.benchmark()) + " x " + profile.warmupMillis() + " ms");
            }
        }
        return p;
    }

    /** The facts that are known before the run starts. */
    SortedMap<String, String> collect(Path projectDir, String runId, RunPlan plan, String include, String jvm,
                                      List<String> forkJvmArgs, Map<String, Path> corpora, Instant start) throws IOException {
        SortedMap<String, String> p = new TreeMap<>();
        p.putAll(jdk(jvm));
        p.put("jvm.path", jvm);
        p.put("jvm.args", String.join(" ", forkJvmArgs));
        p.put("jmh.version", jmhVersion());
        p.put("os.name", System.getProperty("os.name"));
        p.put("os.arch", System.getProperty("os.arch"));
        p.put("os.kernel", linux.kernel());
        p.put("cpu.model", linux.cpuModel());
        p.put("cpu.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        p.put("memory.bytes", linux.memoryBytes());
        p.put("thp", linux.transparentHugePages());
        p.put("thp.defrag", linux.transparentHugePagesDefrag());
        p.put("fault_around_bytes", linux.faultAroundBytes());
        p.put("damon", linux.damon());
        p.put("hostname", hostname());
        p.put("git.commit", git(projectDir, "rev-parse", "HEAD"));
        Optional<Path> jar = BuildJar.running();
        if (jar.isPresent()) {
            p.put(BuildJar.SHA256_PROPERTY, Sha256.of(jar.get()));
        }
        String status = git(projectDir, "status", "--porcelain", "--untracked-files=no");
        p.put("git.dirty", status.equals(LinuxFacts.UNKNOWN) ? LinuxFacts.UNKNOWN : Boolean.toString(!status.isBlank()));

        Path folder = corpora.values().iterator().next().toAbsolutePath().getParent();
        LinuxFacts.Mount mount = linux.mountOf(folder);
        p.put("corpora.folder", folder.toString());
        p.put("fs.type", mount.type());
        p.put("fs.device", mount.device());
        p.put("fs.mount", mount.mountPoint());
        p.put("read_ahead_kb", linux.readAheadKb(folder));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        p.put("tmp.fs.type", linux.mountOf(tmp).type());
        for (Map.Entry<String, Path> c : corpora.entrySet()) {
            String id = c.getKey();
            p.put("corpus." + id + ".sha256", Sha256.of(c.getValue()));
            p.put("corpus." + id + ".bytes", Long.toString(Files.size(c.getValue())));
            p.put("corpus." + id + ".path", c.getValue().toAbsolutePath().toString());
        }

        BenchProfile profile = plan.profile();
        p.put("profile", profile.id());
        p.put("run.id", runId);
        p.put("run.include", include);
        p.put("run.benchmarks", Integer.toString(plan.benchmarkCount()));
        p.put("jmh.forks", Integer.toString(profile.forks()));
        p.putAll(warmups(plan));
        p.put("jmh.measurement", profile.measurementIterations() + " x " + profile.measurementMillis() + " ms");
        p.put("jmh.mode", String.join(",", plan.entries().stream().map(e -> e.mode().shortLabel()).distinct().toList()));
        p.put("jmh.profilers", profilers(RunExecutor.OPTIONAL_PROFILERS));
        p.put("fork.heap", profile.heap());
        p.put("cache.states", String.join(",", plan.cacheStates()));
        // A method may appear in several entries (warm, cold, warm-mapped): record every state it runs in.
        // The run replaces these with the states the forks recorded (ForkRecords).
        Map<String, java.util.Set<String>> states = new TreeMap<>();
        for (PlanEntry e : plan.entries()) {
            states.computeIfAbsent(e.shortName(), k -> new java.util.TreeSet<>()).addAll(e.caches().isEmpty() ? List.of("warm") : e.caches());
        }
        states.forEach((m, st) -> p.put("cache." + m, String.join(",", st)));
        for (String state : plan.cacheStates()) {
            if (org.mmapbench.bench.PageCacheState.of(state).warm()) {
                p.put("cache." + state + ".fill", org.mmapbench.bench.PageCacheState.of(state).fill().description());
            }
        }
        p.putAll(meminfo("before"));
        p.put("time.start", start.toString());
        return p;
    }

    /** The {@code jmh.profilers} fact: gc, the fork recorder and {@code optional}, e.g. {@code gc, mmapbench ForkRecorder, mmapbench LiveMappings}. */
    static String profilers(List<Class<? extends org.openjdk.jmh.profile.Profiler>> optional) {
        StringBuilder b = new StringBuilder("gc, mmapbench ForkRecorder");
        optional.forEach(c -> b.append(", mmapbench ").append(c.getSimpleName()));
        return b.toString();
    }

    /** {@code FileHugePages} and {@code FilePmdMapped} from {@code /proc/meminfo}, as {@code meminfo.<field>.<when>}. */
    static Map<String, String> meminfo(String when) {
        LinuxFacts linux = new LinuxFacts();
        SortedMap<String, String> m = new TreeMap<>();
        for (String field : List.of("FileHugePages", "FilePmdMapped")) {
            m.put("meminfo." + field + "." + when, linux.meminfoBytes(field));
        }
        return m;
    }

    /** JDK version, vendor and VM name of the JVM that runs the forks. */
    static Map<String, String> jdk(String jvm) {
        Path current = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jvm == null || Path.of(jvm).toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize())) {
            return Map.of("jdk.version", System.getProperty("java.runtime.version"),
                    "jdk.vendor", System.getProperty("java.vendor"),
                    "jvm.name", System.getProperty("java.vm.name"));
        }
        String settings = run(List.of(jvm, "-XshowSettings:properties", "-version"), Path.of("."));
        if (settings == null) {
            throw new org.mmapbench.util.UserInputException("--jvm: '" + jvm + "' does not run as a java launcher");
        }
        SortedMap<String, String> out = new TreeMap<>();
        Matcher m = SETTING.matcher(settings);
        while (m.find()) {
            switch (m.group(1)) {
                case "java.runtime.version" -> out.put("jdk.version", m.group(2).trim());
                case "java.vendor" -> out.put("jdk.vendor", m.group(2).trim());
                case "java.vm.name" -> out.put("jvm.name", m.group(2).trim());
                default -> { }
            }
        }
        for (String k : List.of("jdk.version", "jdk.vendor", "jvm.name")) {
            out.putIfAbsent(k, LinuxFacts.UNKNOWN);
        }
        return out;
    }

    private static String jmhVersion() {
        Package p = org.openjdk.jmh.runner.Runner.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "1.37" : v;
    }

    /** This machine's host name. */
    static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? LinuxFacts.UNKNOWN : env;
        }
    }

    /** Output of {@code git ARGS} in {@code dir}, trimmed, or {@code unknown}. */
    static String git(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        String out = run(cmd, dir);
        return out == null ? LinuxFacts.UNKNOWN : out.trim();
    }

    /** Runs a short command and returns its output (stdout and stderr), or null when it fails. */
    private static String run(List<String> cmd, Path dir) {
        try {
            Process pr = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = pr.getInputStream().readAllBytes();
            if (!pr.waitFor(20, TimeUnit.SECONDS) || pr.exitValue() != 0) {
                pr.destroy();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
