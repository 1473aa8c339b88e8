package org.mmapbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code mmapbench} (or another main class of the test classpath) in a child JVM with its own temp folder. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** The command line of a child JVM running {@code mainClass} with {@code args}, temp folder {@code tmpDir}. */
    static List<String> command(Path tmpDir, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:-UsePerfData"); // no hsperfdata file in the temp folder
        cmd.add("-Xshare:auto");
        cmd.add("-Xmx512m");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Djava.io.tmpdir=" + tmpDir);
        cmd.add("-Dmmapbench.errorLogDir=" + tmpDir);
        cmd.add("-Dmmapbench.projectDir=" + System.getProperty("mmapbench.projectDir", "."));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** Starts {@code cmd}; stdout and stderr go to {@code child.out} and {@code child.err} in {@code logDir}. */
    static Process start(List<String> cmd, Path logDir) throws IOException {
        return new ProcessBuilder(cmd)
                .redirectOutput(logDir.resolve("child.out").toFile())
                .redirectError(logDir.resolve("child.err").toFile())
                .start();
    }

    /** Whether this process runs as root (tmpfs mounts and device nodes need it). */
    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
