package org.mmapbench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mmapbench.util.Progress;

/** SHA-256 digests of files and streams, written as 64 lower-case hex digits. */
public final class Sha256 {
    private static final int BUFFER = 1 << 20;

    private Sha256() {
    }

    /** A fresh SHA-256 digest. */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The digest as lower-case hex. */
    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file, with a progress line on stderr when hashing takes long. */
    public static String of(Path file) throws IOException {
        MessageDigest md = digest();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             Progress progress = new Progress("hashing " + file.getFileName(), ch.size(), Progress.Unit.BYTES)) {
            ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
            long done = 0;
            while (ch.read(buf) >= 0) {
                buf.flip();
                done += buf.remaining();
                md.update(buf);
                buf.clear();
                progress.update(done);
            }
        }
        return hex(md);
    }

    /** The SHA-256 of everything {@code in} yields; does not close it. */
    public static String of(InputStream in) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[BUFFER];
        int n;
        while ((n = in.read(buf)) >= 0) {
            md.update(buf, 0, n);
        }
        return hex(md);
    }

    /** Whether {@code text} is 64 lower-case hex digits. */
    static boolean isHex(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }
}
