package org.mmapbench.run;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The jar this mmapbench runs from, when it runs from one: the build whose code every fork of a plain
 * run executes (JMH starts forks with the host's class path). Its SHA-256 goes into
 * {@code environment.json} as {@link #SHA256_PROPERTY}, which lets a later gate recognise the build
 * that measured a stored baseline.
 *
 * <p>NOTE: run from a class folder (tests, an IDE) there is no jar and nothing is recorded.
 */
public final class BuildJar {

    /** The {@code environment.json} key of the SHA-256 of the jar the forks ran. */
    public static final String SHA256_PROPERTY = "build.jar.sha256";

    private BuildJar() {
    }

    /** The jar that holds this class, or empty when mmapbench runs from a class folder. */
    public static Optional<Path> running() {
        try {
            Path self = Path.of(BuildJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(self) ? Optional.of(self.toAbsolutePath().normalize()) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
