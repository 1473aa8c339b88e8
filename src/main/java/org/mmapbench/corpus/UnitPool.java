package org.mmapbench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The units a {@link ProseFiller} writes (single words, or short phrases of words), stored as UTF-8
 * back to back in one flat array, so that a unit is found with one load and copied with a few 8-byte
 * moves and no per-unit objects.
 *
 * <p>The copy moves whole 8-byte words, up to {@link #COPY} bytes (a unit and whatever follows it); the
 * writer then advances by the unit's length and overwrites the rest, so the array is padded by
 * {@link #COPY} bytes.
 */
final class UnitPool {
    /** Bytes copied per unit: the longest unit allowed. */
    static final int COPY = 64;
    final byte[] data;
    /** Unit {@code i} starts at {@code packed[i] >>> 8} and is {@code packed[i] & 0xff} bytes long. */
    final int[] packed;

    /** Encodes {@code units} as UTF-8; unit {@code i} keeps index {@code i}. */
    UnitPool(List<String> units) {
        byte[][] encoded = new byte[units.size()][];
        int total = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = units.get(i).getBytes(StandardCharsets.UTF_8);
            if (encoded[i].length == 0 || encoded[i].length > COPY) {
                throw new IllegalArgumentException("unit '" + units.get(i) + "' is empty or longer than " + COPY + " bytes");
            }
            total += encoded[i].length;
        }
        data = new byte[total + COPY];
        packed = new int[encoded.length];
        int pos = 0;
        for (int i = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, data, pos, encoded[i].length);
            packed[i] = pos << 8 | encoded[i].length;
            pos += encoded[i].length;
        }
    }

    /** The number of units. */
    int size() {
        return packed.length;
    }
}
