package org.mmapbench.workload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a file is valid UTF-8, which code that decodes it strictly (the literal variant) needs. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Whether the bytes of {@code file} from offset {@code from} on decode as UTF-8 without error
     * (an offset at or past the end: an empty, valid text).
     */
    static boolean isValid(Path file, long from) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            s.skipNBytes(Math.min(from, Files.size(file)));
            int n;
            while ((n = s.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + n);
                in.flip();
                if (!decode(d, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return decode(d, in, out, true) && !d.flush(out.clear()).isError();
        }
    }

    private static boolean decode(CharsetDecoder d, ByteBuffer in, CharBuffer out, boolean last) {
        while (true) {
            CoderResult r = d.decode(in, out.clear(), last);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !last || !in.hasRemaining();
            }
        }
    }
}
