package org.mmapbench.workload;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.mmapbench.workload.kernel.ByteSearch;
import org.mmapbench.workload.kernel.Latin1Chars;

/**
 * The Python mmap article's ten functions translated line by line into Java: the {@code literal}
 * variant. Where the article prints a result, these return it.
 *
 * <p>Regular side ({@code readString}): {@code Files.readString(path)} decodes UTF-8, as the
 * article's {@code open(..., encoding="utf-8")} does, then {@code String} methods; answers are
 * therefore UTF-16 indices and lengths of the decoded text, and a file that is not valid UTF-8
 * throws (these cells accept UTF-8 only, see {@link Cell.Input}). Seek-find reads from byte
 * {@link Workload#SEEK_OFFSET} and decodes the rest, as {@code file_obj.seek(10000)} then
 * {@code read()} does, and answers an index counted from there. Replace writes a temporary file and
 * copies it over the original without syncing, like the article.
 *
 * <p>Mapped side ({@code mappedBuffer}): one {@code MappedByteBuffer} used as the article uses its
 * {@code mmap} object: read copies the whole mapping into a new {@code byte[]}
 * ({@code mmap_obj.read()}); find and seek-find search the bytes in place
 * ({@code mmap_obj.find(b" the ")}; Java has no such method, so the project's byte search kernel
 * does it) and answer file offsets; the regex runs over a zero-copy Latin-1 {@code CharSequence} view
 * of the mapping, the closest Java has to a bytes pattern (see {@link RegexCount} for the ASCII
 * semantics both share); replace maps READ_WRITE, copies all bytes out, replaces into a new array
 * ({@code bytes.replace}) and writes it back through the mapping ({@code mmap_obj[:] = new_text}),
 * without {@code force()}.
 *
 * <p>The regex is compiled once ({@link RegexCount#PATTERN}), as Python's {@code re} module caches
 * compiled patterns; each match becomes a {@code String}, as {@code findall} builds its list.
 */
public final class Literal {

    private static final String NEEDLE = " the ";
    private static final String REPLACEMENT = " eht ";

    private Literal() {
    }

    /** {@code regular_io}: the decoded text's length in UTF-16 units. */
    public static long readRegular(Path filename) throws IOException {
        String text = Files.readString(filename);
        return text.length();
    }

    /** {@code mmap_io}: the number of bytes copied out of the mapping. */
    public static long readMapped(Path filename) throws IOException {
        try (FileChannel fileObj = FileChannel.open(filename, StandardOpenOption.READ)) {
            MappedByteBuffer mmapObj = fileObj.map(FileChannel.MapMode.READ_ONLY, 0, fileObj.size());
            byte[] text = new byte[mmapObj.remaining()];
            mmapObj.get(text);
            return text.length;
        }
    }

    /** {@code regular_io_find}: the UTF-16 index of the first {@code " the "}, or -1. */
    public static long findRegular(Path filename) throws IOException {
        String text = Files.readString(filename);
        return text.indexOf(NEEDLE);
    }

    /** {@code mmap_io_find}: the byte offset of the first {@code " the "}, or -1. */
    public static long findMapped(Path filename) throws IOException {
        try (FileChannel fileObj = FileChannel.open(filename, StandardOpenOption.READ)) {
            MappedByteBuffer mmapObj = fileObj.map(FileChannel.MapMode.READ_ONLY, 0, fileObj.size());
            return find(mmapObj, 0);
        }
    }

    /** {@code regular_io_re}: the number of five-letter words {@code findall} returns. */
    public static long regexRegular(Path filename) throws IOException {
        String text = Files.readString(filename);
        return findall(RegexCount.PATTERN.matcher(text)).size();
    }

    /** {@code mmap_io_re}: the same over the mapped bytes, seen as Latin-1 chars without copying. */
    public static long regexMapped(Path filename) throws IOException {
        try (FileChannel fileObj = FileChannel.open(filename, StandardOpenOption.READ)) {
            MappedByteBuffer mmapObj = fileObj.map(FileChannel.MapMode.READ_ONLY, 0, fileObj.size());
            MemorySegment bytes = MemorySegment.ofBuffer(mmapObj);
            return findall(RegexCount.PATTERN.matcher(new Latin1Chars(bytes, 0, (int) bytes.byteSize()))).size();
        }
    }

    /**
     * The regular seek-find: seek to byte {@link Workload#SEEK_OFFSET}, decode the rest, find; the
     * UTF-16 index counted from the seek position, or -1.
     */
    public static long seekFindRegular(Path filename) throws IOException {
        try (SeekableByteChannel fileObj = Files.newByteChannel(filename)) {
            fileObj.position(Workload.SEEK_OFFSET);
            InputStream in = Channels.newInputStream(fileObj);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            return text.indexOf(NEEDLE);
        }
    }

    /** The mapped seek-find: the byte offset of the first {@code " the "} at or after the seek offset, or -1. */
    public static long seekFindMapped(Path filename) throws IOException {
        try (FileChannel fileObj = FileChannel.open(filename, StandardOpenOption.READ)) {
            MappedByteBuffer mmapObj = fileObj.map(FileChannel.MapMode.READ_ONLY, 0, fileObj.size());
            return find(mmapObj, Workload.SEEK_OFFSET);
        }
    }

    /**
     * {@code regular_io_find_and_replace}: read the text, replace, write it to a temporary sibling,
     * copy that over the original; the new text's length in UTF-16 units. Nothing is synced.
     */
    public static long replaceRegular(Path filename) throws IOException {
        Path tmp = filename.resolveSibling(filename.getFileName() + ".literal-tmp");
        String origText = Files.readString(filename);
        String newText = origText.replace(NEEDLE, REPLACEMENT);
        Files.writeString(tmp, newText);
        Files.copy(tmp, filename, StandardCopyOption.REPLACE_EXISTING);
        return newText.length();
    }

    /**
     * {@code mmap_io_find_and_replace}: map READ_WRITE, copy the bytes out, replace into a new array,
     * write it back through the mapping; the number of bytes written. Nothing is forced.
     */
    public static long replaceMapped(Path filename) throws IOException {
        try (FileChannel fileObj = FileChannel.open(filename, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer mmapObj = fileObj.map(FileChannel.MapMode.READ_WRITE, 0, fileObj.size());
            byte[] origText = new byte[mmapObj.remaining()];
            mmapObj.get(origText);
            byte[] newText = replace(origText);
            mmapObj.put(0, newText);
            return newText.length;
        }
    }

    private static long find(MappedByteBuffer mmapObj, long from) {
        MemorySegment bytes = MemorySegment.ofBuffer(mmapObj);
        return from >= bytes.byteSize() ? -1 : ByteSearch.THE.indexOf(bytes, from, bytes.byteSize());
    }

    private static List<String> findall(Matcher m) {
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Python's {@code bytes.replace(b" the ", b" eht ")}: a new array, matches replaced left to right. */
    private static byte[] replace(byte[] orig) {
        byte[] out = orig.clone();
        MemorySegment seg = MemorySegment.ofArray(out);
        MemorySegment replacement = MemorySegment.ofArray(Workload.REPLACEMENT);
        int n = Workload.NEEDLE.length;
        long p = 0;
        while ((p = ByteSearch.THE.indexOf(seg, p, out.length)) >= 0) {
            MemorySegment.copy(replacement, 0, seg, p, n);
            p += n;
        }
        return out;
    }
}
