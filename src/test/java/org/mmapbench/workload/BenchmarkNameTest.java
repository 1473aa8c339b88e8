package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkNameTest {

    @Test
    void namesFollowTheWorkloadAndVariantIds() {
        BenchmarkName n = new BenchmarkName(Workload.SEEK_FIND, Variant.WINDOWED);
        assertEquals("org.mmapbench.bench.SeekFindBenchmark.windowed", n.jmhName());
        assertEquals("SeekFindBenchmark", BenchmarkName.simpleClassName(Workload.SEEK_FIND));
        assertEquals("org.mmapbench.bench.ReadBenchmark", BenchmarkName.className(Workload.READ));
    }

    @Test
    void everyPairRoundTrips() {
        for (Workload w : Workload.values()) {
            for (Variant v : Variant.values()) {
                BenchmarkName n = new BenchmarkName(w, v);
                assertEquals(Optional.of(n), BenchmarkName.parse(n.jmhName()));
                assertEquals(w.id(), BenchmarkName.workloadLabel(n.jmhName()));
            }
        }
    }

    @Test
    void otherNamesAreNotWorkloadBenchmarks() {
        assertEquals(Optional.empty(), BenchmarkName.parse("org.mmapbench.bench.KernelBenchmark.countByteArray"));
        assertEquals(Optional.empty(), BenchmarkName.parse("gatefix.ReadBenchmark.fair"));
        assertEquals(Optional.empty(), BenchmarkName.parse("org.mmapbench.bench.ReadBenchmark.windy"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkName.of("x.Y.z"));
        assertTrue(e.getMessage().contains("'x.Y.z'"), e.getMessage());
    }

    @Test
    void labelsOfForeignBenchmarksUseTheSameConvention() {
        assertEquals("checksum", BenchmarkName.workloadLabel("gatefix.ChecksumBenchmark.fair"));
        assertEquals("tiny", BenchmarkName.workloadLabel("com.example.Tiny.sum"));
        assertEquals("nodots", BenchmarkName.workloadLabel("nodots"));
        assertEquals("FindBenchmark.fair", BenchmarkName.shortName("org.mmapbench.bench.FindBenchmark.fair"));
        assertEquals("com.example.Tiny.sum", BenchmarkName.shortName("com.example.Tiny.sum"));
    }
}
