package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void helpSucceedsAndUnknownOptionIsAUsageError() {
        CliRun help = CliRun.of("--help");
        assertEquals(ExitCode.OK, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: mmapbench"), help.out());
        assertEquals(ExitCode.USAGE, CliRun.of("--no-such-option").code());
        assertEquals(ExitCode.USAGE, CliRun.of("no-such-command").code());
    }

    @Test
    void everyCommandHasHelpThatFormatsCleanly() {
        CliRun r = CliRun.capture(() -> {
            CommandLine cl = Main.commandLine();
            cl.usage(new PrintWriter(new StringWriter()));
            for (CommandLine sub : cl.getSubcommands().values()) {
                StringWriter out = new StringWriter();
                sub.usage(new PrintWriter(out));
                assertTrue(out.toString().contains("Usage: mmapbench " + sub.getCommandName()), out.toString());
            }
            return ExitCode.OK;
        });
        assertEquals("", r.err(), "picocli warnings while formatting help");
    }

    @Test
    void foldsMultiLineMessagesIntoOne() {
        assertEquals("a b c", Main.oneLine("a\n  b\r\nc"));
    }
}
