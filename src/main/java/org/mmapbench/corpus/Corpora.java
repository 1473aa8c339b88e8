package org.mmapbench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mmapbench.util.PathKind;
import org.mmapbench.util.UserInputException;

/**
 * The corpora of a project: the manifest {@code datasets/corpora.csv}, and where each corpus' verified
 * file is on this machine.
 *
 * <p>Public-domain texts resolve from the cache {@code datasets/gutenberg/}, then the mirror folder,
 * then their download URL (into the cache); their SHA-256 is checked before a file is returned.
 * Generated corpora resolve from the cache {@code datasets/generated/} under the reuse rule of
 * {@link GeneratedCache}, or are generated there. Generated ids not in the manifest are accepted when
 * they parse as {@code <kind>-<size>} (seed {@value CorpusSpec#DEFAULT_SEED}).
 *
 * <p>The mirror is, in order: {@link #withMirror}, the environment variable {@value #MIRROR_ENV},
 * {@code <projectDir>/../shared/datasets/gutenberg} when that folder exists, or none. Instances are
 * immutable; {@code withMirror} returns a new one.
 */
public final class Corpora {
    /** The environment variable naming a mirror folder of the public-domain texts. */
    public static final String MIRROR_ENV = "MMAPBENCH_MIRROR";
    /** The system property naming the project folder. */
    public static final String PROJECT_DIR_PROPERTY = "mmapbench.projectDir";

    private final Path projectDir;
    private final Map<String, CorpusSpec> byId;
    private final Path mirror;
    private final Downloader downloader;

    private Corpora(Path projectDir, Map<String, CorpusSpec> byId, Path mirror, Downloader downloader) {
        this.projectDir = projectDir;
        this.byId = byId;
        this.mirror = mirror;
        this.downloader = downloader;
    }

    /** The project folder: system property {@value #PROJECT_DIR_PROPERTY}, else the working directory. */
    public static Path projectDir() {
        String p = System.getProperty(PROJECT_DIR_PROPERTY);
        return Path.of(p == null || p.isBlank() ? "" : p).toAbsolutePath().normalize();
    }

    /** Loads the manifest of the project in {@link #projectDir()}. */
    public static Corpora load() {
        return load(projectDir());
    }

    /**
     * Loads {@code <projectDir>/datasets/corpora.csv} with the default mirror.
     *
     * @throws UserInputException if the manifest is missing or malformed
     */
    public static Corpora load(Path projectDir) {
        Path dir = projectDir.toAbsolutePath().normalize();
        Map<String, CorpusSpec> byId = new LinkedHashMap<>();
        for (CorpusSpec s : CorpusManifest.read(dir.resolve(CorpusManifest.PATH))) {
            byId.put(s.id(), s);
        }
        return new Corpora(dir, byId, defaultMirror(dir), new Downloader());
    }

    private static Path defaultMirror(Path projectDir) {
        String env = System.getenv(MIRROR_ENV);
        if (env != null && !env.isBlank()) {
            return checkMirror(Path.of(env), MIRROR_ENV).toAbsolutePath().normalize();
        }
        Path shared = projectDir.resolveSibling("shared").resolve("datasets").resolve("gutenberg");
        return Files.isDirectory(shared) ? shared : null;
    }

    /**
     * Refuses a mirror that is not a folder, the same way for {@code --mirror} and {@value #MIRROR_ENV}.
     *
     * @param what how the message names the setting
     */
    public static Path checkMirror(Path mirror, String what) {
        PathKind kind = PathKind.of(mirror);
        if (kind != PathKind.FOLDER) {
            throw new UserInputException(what + ": mirror " + mirror + (kind == PathKind.MISSING ? " does not exist"
                    : " is " + kind.description() + ", not a folder"));
        }
        return mirror;
    }

    /** The same corpora with {@code mirror} as the mirror folder. */
    public Corpora withMirror(Path mirror) {
        return new Corpora(projectDir, byId, mirror.toAbsolutePath().normalize(), downloader);
    }

    /** The same corpora with no mirror: public-domain texts come from the cache or their URL. */
    public Corpora withoutMirror() {
        return new Corpora(projectDir, byId, null, downloader);
    }

    /** The mirror folder in use, if any. */
    public Optional<Path> mirror() {
        return Optional.ofNullable(mirror);
    }

    /** The project folder these corpora belong to. */
    public Path project() {
        return projectDir;
    }

    /** The cache of public-domain texts, {@code datasets/gutenberg/}. */
    public Path gutenbergCache() {
        return projectDir.resolve("datasets").resolve("gutenberg");
    }

    /** The cache of generated corpora, {@code datasets/generated/}. */
    public Path generatedCache() {
        return projectDir.resolve("datasets").resolve("generated");
    }

    /** Every corpus of the manifest, in manifest order. */
    public List<CorpusSpec> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The corpora of profile {@code name} ({@code smoke}, {@code quick}, {@code standard}, {@code full},
     * or {@code all} for every manifest corpus), in manifest order.
     *
     * @throws UserInputException naming the profile and the valid ones
     */
    public List<CorpusSpec> profile(String name) {
        if (Profiles.ALL.equals(name)) {
            return all();
        }
        if (!Profiles.NAMES.contains(name)) {
            throw new UserInputException("profile '" + name + "' does not exist (valid: " + String.join(", ", Profiles.NAMES) + ", " + Profiles.ALL + ")");
        }
        return byId.values().stream().filter(s -> s.profiles().contains(name)).toList();
    }

    /**
     * The corpus {@code id}: a manifest row, or a generated id {@code <kind>-<size>} with seed 42.
     *
     * @throws UserInputException naming the id and listing the valid ones
     */
    public CorpusSpec get(String id) {
        CorpusSpec spec = byId.get(id);
        if (spec != null) {
            return spec;
        }
        return GeneratedIds.parse(id).orElseThrow(() -> new UserInputException("corpus '" + id + "' does not exist (valid: "
                + String.join(", ", byId.keySet()) + ", or a generated id <kind>-<size> such as english-8MiB with kind one of "
                + CorpusKind.generatedKinds().stream().map(CorpusKind::id).collect(Collectors.joining(", ")) + ")"));
    }

    /** The size in bytes of corpus {@code id} (a manifest row or a generated id), or -1 when it is neither. */
    public long bytes(String id) {
        CorpusSpec spec = byId.get(id);
        return spec != null ? spec.bytes() : GeneratedIds.bytesOf(id);
    }

    /** Profiles, {@code all} and ids, expanded to corpora in order without duplicates. */
    public List<CorpusSpec> select(List<String> items) {
        Map<String, CorpusSpec> chosen = new LinkedHashMap<>();
        for (String item : items) {
            List<CorpusSpec> specs = Profiles.NAMES.contains(item) || Profiles.ALL.equals(item) ? profile(item) : List.of(get(item));
            specs.forEach(s -> chosen.putIfAbsent(s.id(), s));
        }
        return new ArrayList<>(chosen.values());
    }

    /**
     * A verified, readable file holding corpus {@code id}, downloading or generating it if needed.
     *
     * @throws UserInputException for an unknown id
     * @throws CorpusMismatchException if a copy has the wrong SHA-256
     * @throws CorpusMissingException if a public-domain text is found nowhere
     */
    public Path resolve(String id) {
        return resolve(get(id));
    }

    /** A verified, readable file holding {@code spec}; see {@link #resolve(String)}. */
    public Path resolve(CorpusSpec spec) {
        try {
            return spec.isGenerated()
                    ? new GeneratedCache(generatedCache()).resolve(spec)
                    : new PublicDomainResolver(gutenbergCache(), mirror, downloader).resolve(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is on this machine for {@code spec}, without downloading or generating anything.
     * Public-domain copies are always hashed; cached generated corpora are hashed only when
     * {@code verify} is set or their record no longer matches the file.
     */
    public CorpusCheck check(CorpusSpec spec, boolean verify) {
        try {
            return spec.isGenerated()
                    ? new GeneratedCache(generatedCache()).check(spec, verify)
                    : new PublicDomainResolver(gutenbergCache(), mirror, downloader).check(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
