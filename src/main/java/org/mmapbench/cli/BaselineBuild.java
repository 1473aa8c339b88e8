package org.mmapbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mmapbench.corpus.Sha256;

/**
 * The build that measured a stored baseline, found again so that a gate can re-run flagged benchmarks
 * with both builds interleaved. The baseline's {@code environment.json} names the build by the SHA-256
 * of its jar ({@code build.jar.sha256}); that build is at hand when it is the running jar (an A/A
 * gate, or a baseline saved by the same build) or when the baseline folder keeps it as
 * {@value #JAR_NAME} ({@code --save-baseline} stores it there). A jar is only used when its SHA-256
 * matches the recorded one.
 */
final class BaselineBuild {

    /** The name under which a saved baseline keeps the jar that measured it. */
    static final String JAR_NAME = "mmapbench.jar";

    private BaselineBuild() {
    }

    /**
     * The baseline's build, or empty when it is not at hand.
     *
     * @param baseline the baseline folder, or its {@code jmh.json}
     * @param recordedSha256 the baseline's {@code build.jar.sha256}, or null when it recorded none
     * @param running the jar this mmapbench runs from, or empty
     */
    static Optional<Path> find(Path baseline, String recordedSha256, Optional<Path> running) throws IOException {
        if (recordedSha256 == null || recordedSha256.isBlank() || running.isEmpty()) {
            return Optional.empty();
        }
        if (recordedSha256.equals(Sha256.of(running.get()))) {
            return running;
        }
        Path folder = Files.isDirectory(baseline) ? baseline : baseline.toAbsolutePath().getParent();
        Path saved = folder == null ? null : folder.resolve(JAR_NAME);
        if (saved != null && Files.isRegularFile(saved) && recordedSha256.equals(Sha256.of(saved))) {
            return Optional.of(saved);
        }
        return Optional.empty();
    }
}
