package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The example workflow cannot run here, so it is held to the command line it calls: every
 * {@code mmapbench.jar COMMAND --option} exists, and every {@code -Dbench.*} property is one the pom defines.
 */
class WorkflowTest {

    private static final Path PROJECT = Path.of(System.getProperty("mmapbench.projectDir", ".")).toAbsolutePath();
    private static final Path WORKFLOW = PROJECT.resolve(".github/workflows/benchmark.yml");

    @Test
    void everyCommandAndOptionTheWorkflowUsesExists() throws IOException {
        CommandLine cli = Main.commandLine();
        Matcher m = Pattern.compile("mmapbench\\.jar (\\w+)([^\\n]*)").matcher(Files.readString(WORKFLOW));
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            CommandLine sub = cli.getSubcommands().get(m.group(1));
            if (sub == null) {
                missing.add("command " + m.group(1));
                continue;
            }
            Matcher o = Pattern.compile("(?<=\\s)(--[a-z-]+)").matcher(m.group(2));
            while (o.find()) {
                used.add(m.group(1) + " " + o.group(1));
                if (sub.getCommandSpec().findOption(o.group(1)) == null) {
                    missing.add(m.group(1) + " " + o.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(used.containsAll(List.of("report --out", "gate --relative", "gate --baseline", "site --out")), used.toString());
    }

    @Test
    void everyBenchPropertyTheWorkflowSetsIsOneThePomDefines() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        Matcher m = Pattern.compile("-D(bench\\.\\w+)=").matcher(Files.readString(WORKFLOW));
        List<String> used = new ArrayList<>();
        while (m.find()) {
            used.add(m.group(1));
            assertTrue(pom.contains("<" + m.group(1) + ">"), m.group(1) + " is not a property of pom.xml");
        }
        assertTrue(used.contains("bench.baselineJar") && used.contains("bench.profile"), used.toString());
    }
}
