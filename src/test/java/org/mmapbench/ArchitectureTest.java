package org.mmapbench;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed dependencies between the main packages, written down once ({@link #ALLOWED}) and checked
 * twice: on the compiled classes with ArchUnit, and on the sources' imports, because javac inlines
 * compile-time constants (an exit code, a property name) and leaves no trace of them in the class files.
 * A package may use only the packages listed for it (and the JDK and libraries); {@code cli} may use all.
 */
class ArchitectureTest {

    private static final String ROOT = "org.mmapbench";

    /** Each main package and the packages it may use, bottom to top. */
    static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("util", Set.of());                                   // files, sizes, progress, text
        m.put("sys", Set.of("util"));                              // every Linker downcall
        m.put("corpus", Set.of("util"));                           // manifest, resolver, generator, locator
        m.put("access", Set.of("sys", "util"));                    // one class per access strategy
        m.put("stats", Set.of("util"));                            // bootstrap, Welch, Holm, MDE, trend
        m.put("ipc", Set.of("util"));                              // transports between two JVMs, the peer's main
        m.put("workload", Set.of("access", "util"));               // workloads; benchmark name <-> (workload, variant)
        m.put("results", Set.of("workload", "stats", "util"));     // JMH JSON -> records, names through workload, steady-state rule
        m.put("verify", Set.of("workload", "access", "util"));     // every cell against the reference; catches access's
                                                                   // FileChangedWhileMappedException
        m.put("bench", Set.of("workload", "corpus", "ipc", "sys", "util"));  // JMH benchmarks and states
        m.put("run", Set.of("bench", "verify", "results", "corpus", "workload", "access", "stats", "sys", "util"));  // access: the same exception
        m.put("report", Set.of("results", "stats", "util"));
        m.put("gate", Set.of("results", "stats", "util"));         // an outcome; only cli maps it to an exit code
        m.put("cli", Set.copyOf(m.keySet()));
        return m;
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static LayeredArchitecture layers() {
        LayeredArchitecture a = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String p : ALLOWED.keySet()) {
            a = a.layer(p).definedBy(ROOT + "." + p + "..");
        }
        for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
            a = e.getValue().isEmpty() ? a.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : a.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().stream().sorted().toArray(String[]::new));
        }
        return a;
    }

    @Test
    void compiledClassesDependOnlyOnWhatTheGraphAllows() {
        layers().check(classes);
    }

    @Test
    void importsFollowTheGraphToo() throws IOException {
        Pattern importLine = Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "\\.([a-z]+)\\.", Pattern.MULTILINE);
        Path main = Path.of(System.getProperty("mmapbench.projectDir", "."), "src/main/java", ROOT.replace('.', '/'));
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String from = main.relativize(f).getName(0).toString();
                Matcher m = importLine.matcher(Files.readString(f));
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                        violations.add(main.relativize(f) + " imports " + ROOT + "." + to + " (" + from + " may use " + ALLOWED.get(from) + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyMainPackageHasItsPlaceInTheGraph() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> {
            String rest = c.getPackageName().substring(ROOT.length());
            if (!rest.isEmpty()) {
                packages.add(rest.substring(1).split("\\.")[0]);
            }
        });
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages, "a new package needs its place in ALLOWED");
    }
}
