package org.mmapbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.corpus.Corpora;
import org.mmapbench.corpus.CorpusManifest;
import org.mmapbench.corpus.GeneratedIds;
import org.mmapbench.results.CorpusSizes;

/** The corpus sizes a command uses: run environments first, then the project's manifest {@code datasets/corpora.csv}. */
final class ProjectCorpusSizes {

    private ProjectCorpusSizes() {
    }

    /**
     * Sizes backed by the manifest of {@code projectDir}; outside a project folder (no manifest) only
     * run environments and generated ids {@code <kind>-<size>} give sizes.
     *
     * @throws org.mmapbench.util.UserInputException if the manifest exists but is malformed
     */
    static CorpusSizes of(Path projectDir) {
        if (!Files.isRegularFile(projectDir.resolve(CorpusManifest.PATH))) {
            return CorpusSizes.of(GeneratedIds::bytesOf);
        }
        return CorpusSizes.of(Corpora.load(projectDir)::bytes);
    }
}
