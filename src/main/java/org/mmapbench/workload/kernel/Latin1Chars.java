package org.mmapbench.workload.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * A zero-copy {@link CharSequence} over bytes of a {@link MemorySegment}, each byte one ISO-8859-1
 * char: lets {@code java.util.regex} run over heap and mapped bytes alike without decoding.
 */
public final class Latin1Chars implements CharSequence {
    private final MemorySegment seg;
    private final long offset;
    private final int length;

    /** A view of {@code seg[offset, offset + length)}. */
    public Latin1Chars(MemorySegment seg, long offset, int length) {
        if (offset < 0 || length < 0 || offset + length > seg.byteSize()) {
            throw new IndexOutOfBoundsException("[" + offset + ", " + (offset + length) + ") outside segment of " + seg.byteSize());
        }
        this.seg = seg;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (seg.get(ValueLayout.JAVA_BYTE, offset + index) & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
        }
        return new Latin1Chars(seg, offset + start, end - start);
    }

    @Override
    public String toString() {
        return new String(seg.asSlice(offset, length).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.ISO_8859_1);
    }
}
