package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.util.CannotRunException;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mmapbench} command line: dispatches to one subcommand per job.
 *
 * <p>Every subcommand has {@code --help}; every error is one line on stderr, and exit codes follow
 * {@link ExitCode}: every command's help lists the whole table, with the command's own wording where
 * it has one. An unexpected failure (a bug) exits {@link ExitCode#INTERNAL} with one line naming a log
 * file that holds the trace ({@link InternalErrorLog}). {@code mmapbench jmh ARGS...} hands ARGS unchanged to {@code org.openjdk.jmh.Main}.
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
            CompareCommand.class,
            SiteCommand.class,
            PythonCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {})
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
        return run(commandLine(), args);
    }

    /** Runs {@code cl}; whatever escapes it (picocli lets Errors such as OutOfMemoryError through) is an internal error. */
    static int run(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, new PrintWriter(System.err, true, Charset.defaultCharset()));
        }
    }

    /** The configured picocli command line with mmapbench's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::onParameterError);
        cl.setExecutionExceptionHandler(Main::onExecutionError);
        completeExitCodeLists(cl);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Gives every command the whole exit-code table, keeping a command's own wording for its codes. */
    private static void completeExitCodeLists(CommandLine cl) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String entry : ExitCode.TABLE) {
            int colon = entry.indexOf(':');
            table.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        for (CommandLine c : commandTree(cl)) {
            CommandLine.Model.UsageMessageSpec usage = c.getCommandSpec().usageMessage();
            Map<String, String> merged = new TreeMap<>(table);
            Map<String, String> own = usage.exitCodeList();
            if (own != null) {
                own.forEach((k, v) -> merged.put(k.strip(), v));
            }
            usage.exitCodeListHeading("%nExit codes:%n");
            usage.exitCodeList(merged);
        }
    }

    private static List<CommandLine> commandTree(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(commandTree(sub));
        }
        return all;
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
        if (t instanceof CannotRunException) {
            err.println("mmapbench: " + oneLine(t.getMessage()));
            err.flush();
            return ExitCode.CANNOT_RUN;
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
        if (t instanceof FileSystemException f && f.getFile() != null) {
            String reason = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            err.println("mmapbench: " + f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "")
                    + ": " + oneLine(reason));
            err.flush();
            return ExitCode.USAGE;
        }
        if (t instanceof IOException) {
            err.println("mmapbench: " + oneLine(String.valueOf(t.getMessage())));
            err.flush();
            return ExitCode.USAGE;
        }
        return internalError(e, err);
    }

    /** Reports a bug: one line naming the log file that holds the trace; exit {@link ExitCode#INTERNAL}. */
    static int internalError(Throwable t, PrintWriter err) {
        err.println("mmapbench: internal error (a bug): " + oneLine(String.valueOf(t)) + "; " + InternalErrorLog.write(t));
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** Folds a message onto one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
