package org.mmapbench.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code readString}: {@code Files.readString(path, ISO_8859_1)}, the whole file as one
 * {@code String} (see {@link TextStrategy} for why ISO-8859-1).
 *
 * <p>NOTE: it cannot seek: the text always starts at offset 0.
 */
final class ReadStringStrategy extends AbstractStrategy implements TextStrategy {

    ReadStringStrategy() {
        super("readString", AccessKind.REGULAR);
    }

    @Override
    public TextView readText(Path file, long from) throws IOException {
        Checks.length(id(), Files.size(file), 0, maxTextLength());
        return new TextView(Files.readString(file, StandardCharsets.ISO_8859_1), 0);
    }
}
