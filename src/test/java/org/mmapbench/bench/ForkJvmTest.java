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
    void everyForkStartsWithTheSharedArguments() {
        Set<BenchmarkListEntry> entries = compiled();
        assertFalse(entries.isEmpty());
        for (BenchmarkListEntry e : entries) {
            assertEquals(ForkJvm.args(ForkJvm.DEFAULT_HEAP), List.copyOf(e.getJvmArgsPrepend().orElse(List.of())), e.getUsername());
            assertFalse(e.getJvmArgs().hasValue(), e.getUsername() + " must not replace the JVM arguments");
            assertFalse(e.getJvmArgsAppend().hasValue(), e.getUsername() + " appends nothing");
        }
    }

    @Test
    void theHeapIsFixed() {
        List<String> args = ForkJvm.args("6g");
        assertTrue(args.containsAll(List.of("-Xms6g", "-Xmx6g")), args.toString());
    }
}
