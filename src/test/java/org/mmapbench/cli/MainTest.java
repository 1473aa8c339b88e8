package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpSucceedsAndUnknownOptionIsAUsageError() {
        assertEquals(ExitCode.OK, Main.run("--help"));
        assertEquals(ExitCode.USAGE, Main.run("--no-such-option"));
        assertEquals(ExitCode.USAGE, Main.run("no-such-command"));
    }

    @Test
    void everyCommandHasHelpThatFormatsCleanly() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            picocli.CommandLine cl = Main.commandLine();
            java.io.StringWriter top = new java.io.StringWriter();
            cl.usage(new java.io.PrintWriter(top));
            for (picocli.CommandLine sub : cl.getSubcommands().values()) {
                java.io.StringWriter out = new java.io.StringWriter();
                sub.usage(new java.io.PrintWriter(out));
                org.junit.jupiter.api.Assertions.assertTrue(out.toString().contains("Usage: mmapbench " + sub.getCommandName()),
                        out.toString());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", err.toString(java.nio.charset.StandardCharsets.UTF_8), "picocli warnings while formatting help");
    }

    @Test
    void foldsMultiLineMessagesIntoOne() {
        assertEquals("a b c", Main.oneLine("a\n  b\r\nc"));
    }
}
