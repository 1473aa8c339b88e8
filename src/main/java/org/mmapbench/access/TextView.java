package org.mmapbench.access;

/**
 * Decoded text of a file: {@code text.charAt(i)} is the byte at file offset {@code origin + i}.
 *
 * @param text the ISO-8859-1 decoded chars
 * @param origin the file offset of {@code text.charAt(0)}
 */
public record TextView(String text, long origin) {
}
