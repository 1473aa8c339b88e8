package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.corpus.Corpora;
import org.mmapbench.corpus.CorpusSpec;

class CorpusSizesTest {

    @Test
    void theRunEnvironmentComesBeforeTheManifest() {
        CorpusSizes sizes = CorpusSizes.of(id -> id.equals("known") ? 7 : -1);
        EnvironmentInfo env = EnvironmentInfo.of(Map.of("corpus.known.bytes", "123", "corpus.x.bytes", "oops"));
        assertEquals(123, sizes.bytes("known", env));
        assertEquals(7, sizes.bytes("known", EnvironmentInfo.of(Map.of())));
        assertEquals(7, sizes.bytes("known", null));
        assertEquals(-1, sizes.bytes("x", env), "an unparsable environment value falls through to the manifest");
        assertEquals(-1, sizes.bytes(null, env));
        assertEquals(-1, sizes.bytes(" ", env));
    }

    @Test
    void everyManifestRowHasItsManifestSize() {
        for (CorpusSpec spec : Corpora.load().all()) {
            assertEquals(spec.bytes(), TestCorpusSizes.MANIFEST.bytes(spec.id(), null), spec.id());
        }
    }

    @Test
    void generatedIdsOutsideTheManifestHaveTheSizeTheyName() {
        assertEquals(8L << 20, TestCorpusSizes.MANIFEST.bytes("english-8MiB", null));
        assertEquals(1000, TestCorpusSizes.MANIFEST.bytes("random-bytes-1000", null));
        assertEquals(-1, TestCorpusSizes.MANIFEST.bytes("english-8mb", null));
        assertEquals(-1, TestCorpusSizes.MANIFEST.bytes("something", null));
    }
}
