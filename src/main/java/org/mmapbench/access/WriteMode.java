package org.mmapbench.access;

import java.nio.channels.FileChannel;

/**
 * How a writable mapping shares its writes: with the file and every process that maps or reads it
 * ({@link #SHARED}), or with nobody ({@link #PRIVATE}, copy-on-write). Python's {@code mmap} calls
 * them {@code ACCESS_WRITE} and {@code ACCESS_COPY}.
 *
 * <p>NOTE: the JDK maps {@code PRIVATE} only through a channel opened for writing as well as reading,
 * although no write reaches the file: a read-only file cannot be mapped copy-on-write from Java.
 */
public enum WriteMode {
    /**
     * {@code MapMode.READ_WRITE} ({@code MAP_SHARED}): a store changes the page-cache page itself, so
     * every reader of the file sees it at once, before any {@code force()}; {@code force()} writes it to the device.
     */
    SHARED,
    /**
     * {@code MapMode.PRIVATE} ({@code MAP_PRIVATE}): the first store to a page copies it into memory of
     * this process; the file never changes, not after {@code force()} and not after unmapping.
     */
    PRIVATE;

    /** The JDK's map mode: {@code READ_WRITE} or {@code PRIVATE}. */
    public FileChannel.MapMode mapMode() {
        return this == SHARED ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.PRIVATE;
    }
}
