package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusSizesTest {
    @Test
    void environmentThenGeneratedIdThenGutenbergManifest() {
        EnvironmentInfo env = EnvironmentInfo.of(Map.of("corpus.don-quixote.bytes", "123", "corpus.x.bytes", "oops"));
        assertEquals(123, CorpusSizes.bytes("don-quixote", env));
        assertEquals(2_347_853, CorpusSizes.bytes("don-quixote", EnvironmentInfo.of(Map.of())));
        assertEquals(64L << 20, CorpusSizes.bytes("english-64MiB", env));
        assertEquals(4L << 30, CorpusSizes.bytes("english-4GiB", env));
        assertEquals(1L << 20, CorpusSizes.bytes("random-bytes-1MiB", env));
        assertEquals(1L << 20, CorpusSizes.bytes("utf8-mixed-1MiB", env));
        assertEquals(-1, CorpusSizes.bytes("x", env));
        assertEquals(-1, CorpusSizes.bytes("something", env));
        assertEquals(-1, CorpusSizes.bytes(null, env));
    }
}
