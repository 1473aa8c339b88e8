package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void lineNamesPositionElapsedAndEta() {
        RunProgress p = new RunProgress(10, 100, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals("mmapbench run: benchmark 1 of 10, elapsed 0s, ETA 1m40s - FindBenchmark.fair strategy=mappedSegment",
                p.line(1, 0, "FindBenchmark.fair strategy=mappedSegment"));
    }

    @Test
    void etaIsRescaledByThePaceSoFar() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RunProgress p = new RunProgress(4, 40, new PrintStream(buf, true, StandardCharsets.UTF_8));
        p.benchmarkStarts(10, "a");
        p.benchmarkStarts(10, "b");
        // 20 s of the 40 s estimate are behind us; if they took 40 s, the remaining 20 s will take 40 s.
        assertTrue(p.line(3, 40, "c").contains("elapsed 40s, ETA 40s"), p.line(3, 40, "c"));
        assertEquals(2, p.started());
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("benchmark 1 of 4") && out.contains("benchmark 2 of 4"), out);
    }

    @Test
    void theNextLineShowsTheLastResultAndATerminalGetsOneLineRewritten() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RunProgress p = new RunProgress(2, 20, new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        p.benchmarkStarts(10, "a");
        p.lastResult("a 1.23 \u00b1 0.05 us/op");
        p.benchmarkStarts(10, "b");
        p.finish();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(1, out.split("\n", -1).length - 1, "one line, rewritten in place: " + out);
        assertTrue(out.contains("\r\033[Kmmapbench run: benchmark 2 of 2") && out.contains("- b; last: a 1.23 \u00b1 0.05 us/op"), out);
    }
}
