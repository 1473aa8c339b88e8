package org.mmapbench.report;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;

/** The JMH JSON fixtures the report tests share. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A fixture path under {@code src/test/resources/jmh/}. */
    public static Path jmh(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/jmh/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A rich mix: the synthetic tutorial run (all five workloads on don-quixote, sizes for a crossover,
     * a foreign benchmark with odd characters), a run folder with environment.json (a second
     * environment, ss mode, cold cache), real JMH output in avgt with -prof gc, all four modes, raw data
     * off, and NaN/INF without params.
     */
    public static List<RunResults> rich() {
        return JmhJsonReader.readAll(List.of(jmh("synthetic/tutorial-don-quixote.json"), jmh("run-with-env"),
                jmh("real/find-avgt-gc.json"), jmh("real/tiny-allmodes-gc.json"), jmh("real/tiny-norawdata.json"),
                jmh("synthetic/nan-inf-noparams.json")));
    }

    /**
     * A size sweep with 5 forks per cell (english-4KiB to english-256MiB; read and find, warm and cold;
     * fair cells and the windowed pread contender) whose crossovers are known in closed form (see
     * {@code synthetic/make_sweep_fixture.py}).
     */
    public static List<RunResults> sweep() {
        return JmhJsonReader.readAll(List.of(jmh("synthetic/size-sweep.json")));
    }

    /** ThreadsBenchmark with 1 and 2 threads, 5 forks per cell, with known scaling (see {@code synthetic/make_sweep_fixture.py}). */
    public static List<RunResults> threads() {
        return JmhJsonReader.readAll(List.of(jmh("synthetic/threads.json")));
    }
}
