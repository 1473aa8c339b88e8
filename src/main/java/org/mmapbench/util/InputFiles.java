package org.mmapbench.util;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that an input is an ordinary, readable file before anything opens it: a FIFO would block the
 * reader forever, a device or a kernel pseudo file never ends, and "no such file" for a folder or a
 * loop of links sends the user looking in the wrong place.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Refuses, with one line naming {@code what} and what the path really is, anything but a readable
     * regular file (symbolic links are followed).
     */
    public static Path requireRegularFile(Path file, String what) {
        PathKind kind = PathKind.of(file);
        if (kind == PathKind.MISSING) {
            throw new UserInputException(what + file + ": no such file");
        }
        if (kind != PathKind.REGULAR_FILE) {
            throw new UserInputException(what + file + ": is " + kind.description() + ", not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException(what + file + ": not readable (permission denied)");
        }
        return file;
    }
}
