package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code readAllBytes}: {@code Files.readAllBytes(path)}, the whole file into one {@code byte[]}.
 *
 * <p>NOTE: it cannot seek, so {@code open(file, from)} reads from offset 0 whatever {@code from} is.
 */
final class ReadAllBytesStrategy extends AbstractStrategy implements ByteStrategy {

    ReadAllBytesStrategy() {
        super("readAllBytes", AccessKind.REGULAR);
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        Checks.length(id(), Files.size(file), 0, maxLength());
        byte[] bytes = Files.readAllBytes(file);
        return FileBytes.of(bytes.length, 0, MemorySegment.ofArray(bytes), null);
    }
}
