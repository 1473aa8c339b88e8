package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.gate.GateOutcome;
import org.mmapbench.util.CannotRunException;
import picocli.CommandLine;

/** One exit-code table for every command: each code pinned to one situation, listed by every --help. */
class ExitCodeTableTest {

    /** A command that fails the way it is told to, to pin the mapping from failures to codes. */
    @CommandLine.Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        private final Throwable t;

        Failing(Throwable t) {
            this.t = t;
        }

        @Override
        public Integer call() throws Exception {
            if (t instanceof Error e) {
                throw e;
            }
            throw (Exception) t;
        }
    }

    record Run(int code, String err) {
    }

    private static Run failWith(Throwable t) {
        PrintStream saved = System.err;
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Main.commandLine();
            cl.addSubcommand("fail", new Failing(t));
            int code = Main.run(cl, "fail");
            return new Run(code, sysErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void code0IsSuccess() {
        assertEquals(0, CliRun.of("--help").code());
    }

    @Test
    void code1IsAConfirmedRegression(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("gate", "--baseline", GateCommandTest.RUN_A.toString(), "--candidate",
                GateCommandTest.scaledRunB(dir, 1.2).toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(1, ExitCode.of(GateOutcome.REGRESSED));
    }

    @Test
    void code2IsInconclusive() {
        CliRun r = CliRun.of("gate", "--baseline", GateCommandTest.RUN_A.toString(), "--candidate",
                GateCommandTest.RUN_A.toString(), "--relative", "--threshold", "0");
        assertEquals(ExitCode.of(GateOutcome.INCONCLUSIVE), 2);
        assertEquals(ExitCode.of(GateOutcome.PASS), 0);
        assertTrue(r.code() == 0 || r.code() == 2, r.out());
    }

    @Test
    void code3IsUsageOrInputError() {
        assertEquals(3, CliRun.of("generate", "--kind", "english", "--size", "0", "--out", "x").code());
    }

    @Test
    void code4IsCannotRunNow() {
        Run r = failWith(new CannotRunException("another JMH run holds the JMH lock"));
        assertEquals(4, r.code());
        assertEquals("mmapbench: another JMH run holds the JMH lock", r.err().strip());
    }

    @Test
    void code5IsAnInternalErrorWithOneLineAndATraceLog(@TempDir Path dir) throws IOException {
        String saved = System.getProperty(InternalErrorLog.DIR_PROPERTY);
        System.setProperty(InternalErrorLog.DIR_PROPERTY, dir.toString());
        try {
            for (Throwable t : List.of(new IllegalStateException("a bug"), new OutOfMemoryError("Java heap space"))) {
                Run r = failWith(t);
                assertEquals(5, r.code(), r.err());
                String line = r.err().strip();
                assertTrue(!line.contains("\n") && line.startsWith("mmapbench: internal error (a bug): "), line);
                Path log = Path.of(line.substring(line.indexOf("trace in ") + "trace in ".length()));
                assertTrue(log.startsWith(dir), line);
                assertTrue(Files.readString(log).contains(t.getClass().getName()), "the log holds the trace");
            }
        } finally {
            if (saved == null) {
                System.clearProperty(InternalErrorLog.DIR_PROPERTY);
            } else {
                System.setProperty(InternalErrorLog.DIR_PROPERTY, saved);
            }
        }
    }

    @Test
    void everyCommandsHelpListsTheWholeTable() {
        CommandLine cl = Main.commandLine();
        List<CommandLine> all = new java.util.ArrayList<>(cl.getSubcommands().values());
        all.add(cl);
        for (CommandLine c : all) {
            StringWriter out = new StringWriter();
            c.usage(new PrintWriter(out));
            String help = out.toString();
            String codes = help.substring(help.indexOf("Exit codes:"));
            for (int code = 0; code <= 5; code++) {
                assertTrue(codes.matches("(?s).*\\n\\s*" + code + "\\s+\\S.*"), c.getCommandName() + " --help lacks code " + code + ":\n" + help);
            }
        }
    }

    @Test
    void onlyCliRefersToExitCodes() throws IOException {
        Path main = Path.of(System.getProperty("mmapbench.projectDir", "."), "src", "main", "java", "org", "mmapbench");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.startsWith(main.resolve("cli"))) {
                    continue;
                }
                assertTrue(!Files.readString(f).contains("cli.ExitCode"), f + " refers to cli.ExitCode; return an outcome instead");
            }
        }
    }
}
