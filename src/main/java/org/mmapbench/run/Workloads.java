package org.mmapbench.run;

import java.util.List;

/** The benchmark classes and strategy sets profiles are built from. */
public final class Workloads {
    /** The tutorial's five workloads, as benchmark classes. */
    public static final List<String> TUTORIAL =
            List.of("ReadBenchmark", "FindBenchmark", "RegexBenchmark", "SeekFindBenchmark", "ReplaceBenchmark");
    /** Every workload class. */
    public static final List<String> ALL = List.of("ReadBenchmark", "FindBenchmark", "CountBenchmark",
            "RegexBenchmark", "SeekFindBenchmark", "ReplaceBenchmark", "PatchBenchmark");
    /** The strategies of the quick profile: the tutorial's regular references and both mapped strategies. */
    public static final List<String> TUTORIAL_STRATEGIES = List.of("readAllBytes", "readString", "mappedBuffer", "mappedSegment");

    private Workloads() {
    }
}
