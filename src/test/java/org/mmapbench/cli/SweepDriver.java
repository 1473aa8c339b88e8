package org.mmapbench.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs many mmapbench command lines in one JVM, for {@link CliSweepTest}: each line of the file given as
 * the only argument is one command line, arguments separated by tabs. Prints one exit code per line.
 */
public final class SweepDriver {

    private SweepDriver() {
    }

    /** Runs the command lines of {@code args[0]}; prints {@code <code>} per line to stdout. */
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintStream realOut = System.out;
        StringBuilder codes = new StringBuilder();
        for (String line : lines) {
            int code = Main.run(line.split("\t"));
            codes.append(code).append('\n');
        }
        realOut.print(codes);
        realOut.flush();
        System.exit(0);
    }
}
