package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mmapbench} command line: dispatches to one subcommand per job.
 *
 * <p>Every subcommand has {@code --help}; every error is one line on stderr, and exit codes follow
 * {@link ExitCode}. {@code mmapbench jmh ARGS...} hands ARGS unchanged to {@code org.openjdk.jmh.Main}.
 */
@Command(name = "mmapbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "When does memory-mapped file I/O beat regular file I/O on the JVM? Benchmarks, checks, reports and a regression gate.",
        subcommands = {
            DatasetsCommand.class,
            GenerateCommand.class,
            JmhCommand.class,
            GateCommand.class,
            ReportCommand.class,
            CheckCommand.class,
            RunCommand.class,
            PythonCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a failed check or a confirmed regression",
            "2:inconclusive, or environments that cannot be compared",
            "3:usage or input error"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        if (args.length > 0 && args[0].equals("jmh")) {
            return JmhCommand.runJmh(Arrays.copyOfRange(args, 1, args.length));
        }
        return commandLine().execute(args);
    }

    /** The configured picocli command line with mmapbench's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::onParameterError);
        cl.setExecutionExceptionHandler(Main::onExecutionError);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onParameterError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String name = e.getCommandLine().getCommandName();
        err.println(name + ": " + oneLine(e.getMessage()) + " (see '" + qualifiedName(e.getCommandLine()) + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    private static String qualifiedName(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName();
    }

    private static int onExecutionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable t = e;
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof UserInputException) {
            err.println("mmapbench: " + oneLine(t.getMessage()));
            err.flush();
            return ExitCode.USAGE;
        }
        if (t instanceof NoSuchFileException n) {
            err.println("mmapbench: " + n.getFile() + ": no such file or folder");
            err.flush();
            return ExitCode.USAGE;
        }
        if (t instanceof AccessDeniedException a) {
            err.println("mmapbench: " + a.getFile() + ": permission denied");
            err.flush();
            return ExitCode.USAGE;
        }
        if (t instanceof IOException) {
            err.println("mmapbench: " + oneLine(String.valueOf(t.getMessage())));
            err.flush();
            return ExitCode.USAGE;
        }
        err.println("mmapbench: internal error: " + t);
        t.printStackTrace(err);
        err.flush();
        return ExitCode.FAILED;
    }

    /** Folds a message onto one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
