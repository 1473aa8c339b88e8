package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

class ForkJvmTest {

    /** Every benchmark as JMH's annotation processor recorded it, inherited annotations resolved. */
    static Set<BenchmarkListEntry> compiled() {
        return BenchmarkList.defaultList().getAll(OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT), List.of());
    }

    @Test
    void everyForkGetsExactlyTheSharedArguments() {
        Set<BenchmarkListEntry> entries = compiled();
        assertFalse(entries.isEmpty());
        for (BenchmarkListEntry e : entries) {
            assertEquals(ForkJvm.args(ForkJvm.DEFAULT_HEAP), List.copyOf(e.getJvmArgs().orElse(List.of())),
                    e.getUsername() + ": jvmArgs, or JMH adds the launching JVM's arguments after them");
            assertFalse(e.getJvmArgsPrepend().hasValue(), e.getUsername() + " prepends nothing");
            assertFalse(e.getJvmArgsAppend().hasValue(), e.getUsername() + " appends nothing");
        }
    }

    @Test
    void theHeapIsFixed() {
        List<String> args = ForkJvm.args("6g");
        assertTrue(args.containsAll(List.of("-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch")), args.toString());
    }
}
