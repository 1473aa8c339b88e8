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
}
