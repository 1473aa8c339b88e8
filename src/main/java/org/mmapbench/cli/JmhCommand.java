package org.mmapbench.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mmapbench jmh ARGS...}: runs JMH's own command line with ARGS unchanged.
 *
 * <p>Every JMH option works ({@code -l}, {@code -p}, {@code -prof gc}, {@code -rf json}, ...);
 * {@code mmapbench jmh -h} prints JMH's help. {@link Main} dispatches here before picocli parses
 * anything, so no argument is ever interpreted by mmapbench.
 */
@Command(name = "jmh",
        description = "Run JMH directly: every argument goes unchanged to org.openjdk.jmh.Main (try 'mmapbench jmh -h', 'mmapbench jmh -l').")
final class JmhCommand implements Runnable {

    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "Arguments for org.openjdk.jmh.Main.")
    List<String> args;

    @Override
    public void run() {
        // Reached only through 'mmapbench help jmh'-style paths; Main dispatches 'jmh' itself.
        throw new IllegalStateException("jmh is dispatched by Main");
    }

    /** Runs JMH's main with {@code args}; JMH exits the JVM itself on errors. */
    static int runJmh(String[] args) {
        try {
            org.openjdk.jmh.Main.main(args);
            return ExitCode.OK;
        } catch (Exception e) {
            System.err.println("mmapbench jmh: " + Main.oneLine(String.valueOf(e.getMessage())));
            return ExitCode.FAILED;
        }
    }
}
