package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.corpus.Sha256;

/** Finding the build that measured a stored baseline: only a jar whose SHA-256 matches the recorded one. */
class BaselineBuildTest {

    @Test
    void theRunningJarServesWhenItIsTheRecordedBuild(@TempDir Path tmp) throws IOException {
        Path running = Files.writeString(tmp.resolve("running.jar"), "build 1");
        Path baseline = Files.createDirectory(tmp.resolve("baseline"));
        assertEquals(Optional.of(running), BaselineBuild.find(baseline, Sha256.of(running), Optional.of(running)));
        assertEquals(Optional.of(running), BaselineBuild.find(baseline.resolve("jmh.json"), Sha256.of(running), Optional.of(running)),
                "a baseline given as its jmh.json");
    }

    @Test
    void aSavedJarServesOnlyWhenItMatchesTheRecord(@TempDir Path tmp) throws IOException {
        Path running = Files.writeString(tmp.resolve("running.jar"), "build 2");
        Path baseline = Files.createDirectory(tmp.resolve("baseline"));
        Path saved = Files.writeString(baseline.resolve(BaselineBuild.JAR_NAME), "build 1");
        String recorded = Sha256.of(saved);
        assertEquals(Optional.of(saved), BaselineBuild.find(baseline, recorded, Optional.of(running)));
        Files.writeString(saved, "build 1, changed since");
        assertEquals(Optional.empty(), BaselineBuild.find(baseline, recorded, Optional.of(running)));
    }

    @Test
    void nothingIsFoundWithoutARecordOrARunningJar(@TempDir Path tmp) throws IOException {
        Path running = Files.writeString(tmp.resolve("running.jar"), "build 1");
        Path baseline = Files.createDirectory(tmp.resolve("baseline"));
        assertEquals(Optional.empty(), BaselineBuild.find(baseline, null, Optional.of(running)), "an older baseline without build.jar.sha256");
        assertEquals(Optional.empty(), BaselineBuild.find(baseline, Sha256.of(running), Optional.empty()), "mmapbench runs from classes");
        assertEquals(Optional.empty(), BaselineBuild.find(baseline, "0".repeat(64), Optional.of(running)), "another build, not saved");
    }
}
