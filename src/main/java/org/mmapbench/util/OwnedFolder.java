package org.mmapbench.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A folder mmapbench wrote, recognised by its marker file {@value #MARKER}: the marker names what
 * the folder is (a {@code report}, a {@code run}, a {@code baseline}) and lists every file and folder
 * mmapbench put in it.
 *
 * <p>This is what keeps mmapbench from destroying what the user did not create: an existing folder is
 * replaced only when it is empty, or when it carries a marker of the same kind and holds nothing
 * beyond what the marker lists. Anything else (a user's folder, a file, a symbolic link, a run folder
 * given as a report's output, a marked folder where someone added a note) is refused with one line.
 */
public final class OwnedFolder {
    /** The marker file's name inside every folder mmapbench writes as a whole. */
    public static final String MARKER = ".mmapbench-output";

    private static final String HEADER = "mmapbench-output ";

    private OwnedFolder() {
    }

    /**
     * Refuses (with a {@link UserInputException} naming {@code folder} and the problem) unless
     * {@code folder} is absent, empty, or a folder of {@code kind} that mmapbench wrote and nobody added to.
     *
     * @param what how the message names the location, e.g. "--out" (null: by its path only)
     */
    public static void requireReplaceable(Path folder, String kind, String what) throws IOException {
        String problem = problem(folder, kind);
        if (problem != null) {
            throw new UserInputException((what == null ? "" : what + ": ") + folder + " " + problem);
        }
    }

    /** Why {@code folder} may not be replaced by a folder of {@code kind}, or null when it may. */
    static String problem(Path folder, String kind) throws IOException {
        PathKind k = PathKind.ofLink(folder);
        if (k == PathKind.MISSING) {
            return null;
        }
        if (k != PathKind.FOLDER) {
            return "exists and is " + k.description() + "; mmapbench replaces only folders it wrote (give a new path)";
        }
        if (folder.toAbsolutePath().normalize().getParent() == null) {
            return "is a file-system root; give a new folder";
        }
        List<String> entries = entries(folder);
        if (entries.isEmpty()) {
            return null;
        }
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return "holds files mmapbench did not write (" + sample(entries) + "); give a new or empty folder";
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        String header = lines.isEmpty() ? "" : lines.get(0);
        if (!header.equals(HEADER + kind)) {
            String theirs = header.startsWith(HEADER) ? "a " + header.substring(HEADER.length()) + " folder" : "an unknown folder";
            return "is " + theirs + " written by mmapbench, not a " + kind + " folder; give another path";
        }
        Set<String> listed = new TreeSet<>(lines.subList(1, lines.size()));
        List<String> foreign = entries.stream().filter(e -> !e.equals(MARKER) && !listed.contains(e)).toList();
        if (!foreign.isEmpty()) {
            return "holds files mmapbench did not write (" + sample(foreign) + "); move them away or give another path";
        }
        return null;
    }

    /**
     * Writes the marker into {@code folder}, listing everything in it; called last, just before the
     * folder is moved into place.
     */
    public static void mark(Path folder, String kind) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER + kind);
        lines.addAll(entries(folder));
        Files.write(folder.resolve(MARKER), lines, StandardCharsets.UTF_8);
    }

    /**
     * Creates {@code folder} exclusively (with the usual, umask-based mode) and marks it as an empty
     * folder of {@code kind}: two processes can never both claim it.
     *
     * @throws UserInputException when it already exists
     */
    public static void claim(Path folder, String kind, String what) throws IOException {
        Path parent = folder.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            throw new UserInputException(what + ": " + folder + " already exists (another run may be using it)", e);
        }
        mark(folder, kind);
    }

    /** Removes a folder claimed by {@link #claim} as long as it holds nothing but its marker. */
    public static void release(Path folder) {
        try {
            if (entries(folder).equals(List.of(MARKER))) {
                Files.delete(folder.resolve(MARKER));
                Files.delete(folder);
            }
        } catch (NoSuchFileException | DirectoryNotEmptyException e) {
            // gone already, or someone is writing into it: leave it
        } catch (IOException e) {
            // best effort: an empty claimed folder is harmless
        }
    }

    /**
     * Deletes a folder that {@link #problem} accepted: the files its marker lists, then the folders
     * that became empty. Anything unlisted that appeared since is left where it is.
     */
    static void deleteOwned(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        List<String> listed = Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                ? Files.readAllLines(marker, StandardCharsets.UTF_8) : List.of();
        List<String> paths = new ArrayList<>(listed.isEmpty() ? List.of() : listed.subList(1, listed.size()));
        paths.sort(Comparator.reverseOrder()); // children before their folders
        for (String p : paths) {
            try {
                Files.deleteIfExists(folder.resolve(p));
            } catch (DirectoryNotEmptyException e) {
                // holds something unlisted: keep it
            }
        }
        Files.deleteIfExists(marker);
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // keep what is not ours
        }
    }

    /** Every file and folder below {@code folder}, relative, with '/' separators and folders ending in '/', sorted. */
    static List<String> entries(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.equals(folder)) {
                    continue;
                }
                String rel = folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                out.add(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? rel + "/" : rel);
            }
        }
        out.sort(null);
        return out;
    }

    private static String sample(List<String> entries) {
        String first = entries.stream().filter(e -> !e.equals(MARKER)).findFirst().orElse(entries.get(0));
        return entries.size() == 1 ? first : first + " and " + (entries.size() - 1) + " more";
    }
}
