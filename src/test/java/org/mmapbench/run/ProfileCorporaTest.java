package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.corpus.Corpora;
import org.mmapbench.corpus.CorpusSpec;

/**
 * The manifest's {@code profiles} column and the benchmark profiles name the same corpora, so that
 * {@code datasets --prepare PROFILE} prepares exactly what {@code run --profile PROFILE} measures.
 */
class ProfileCorporaTest {

    @Test
    void manifestProfilesMatchTheCorporaEachRunMeasures() {
        Corpora corpora = Corpora.load(Path.of(System.getProperty("mmapbench.projectDir", ".")));
        BenchmarkCatalog catalog = BenchmarkCatalog.compiled();
        for (BenchProfile p : BenchProfile.values()) {
            Set<String> measured = new TreeSet<>(RunPlan.of(p, ".*", catalog, TestCorpusSizes.MANIFEST).corpora());
            Set<String> prepared = corpora.profile(p.id()).stream().map(CorpusSpec::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(measured, prepared, "corpora of profile " + p.id() + " in datasets/corpora.csv");
        }
    }
}
