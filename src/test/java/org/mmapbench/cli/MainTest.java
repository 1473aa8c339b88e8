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
    void foldsMultiLineMessagesIntoOne() {
        assertEquals("a b c", Main.oneLine("a\n  b\r\nc"));
    }
}
