package org.mmapbench;

import org.mmapbench.corpus.Corpora;
import org.mmapbench.results.CorpusSizes;

/** Corpus sizes from this project's manifest {@code datasets/corpora.csv}, as the commands use them. */
public final class TestCorpusSizes {
    /** Run environment first, then the project's manifest. */
    public static final CorpusSizes MANIFEST = CorpusSizes.of(Corpora.load()::bytes);

    private TestCorpusSizes() {
    }
}
