package org.mmapbench.results;

import java.util.function.ToLongFunction;

/**
 * The size in bytes of a corpus named by a benchmark's {@code corpus} parameter.
 *
 * <p>Looked up, in order: the run's environment property {@code corpus.<id>.bytes} (the size of the
 * file the run measured), then the corpus manifest {@code datasets/corpora.csv} as given to
 * {@link #of} (its rows, and generated ids {@code <kind>-<size>}). Unknown ids have no size (-1),
 * and reports then leave size-derived columns blank. The manifest is passed in rather than read here,
 * so that this package does not depend on where the project folder is.
 */
public final class CorpusSizes {
    private final ToLongFunction<String> manifest;

    private CorpusSizes(ToLongFunction<String> manifest) {
        this.manifest = manifest;
    }

    /**
     * Sizes backed by a manifest lookup.
     *
     * @param manifest the size of a corpus id by the manifest, or -1 when the manifest does not know the id
     */
    public static CorpusSizes of(ToLongFunction<String> manifest) {
        return new CorpusSizes(manifest);
    }

    /** The corpus size in bytes, or -1 when unknown (also for a null id); {@code env} may be null. */
    public long bytes(String corpusId, EnvironmentInfo env) {
        if (corpusId == null || corpusId.isBlank()) {
            return -1;
        }
        String fromEnv = env == null ? null : env.get("corpus." + corpusId + ".bytes");
        if (fromEnv != null) {
            try {
                return Long.parseLong(fromEnv.trim());
            } catch (NumberFormatException e) {
                // fall through to the manifest
            }
        }
        return manifest.applyAsLong(corpusId);
    }
}
