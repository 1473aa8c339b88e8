package org.mmapbench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.util.Progress;

/**
 * Downloads a public-domain text into the cache with {@code java.net.http}: to a temporary file that
 * is hashed while it is written and moved into place only when its SHA-256 matches, with progress on
 * stderr for slow downloads.
 */
final class Downloader {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);
    private HttpClient client;

    /** The HTTP client, made on first use (it starts a thread). */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    /**
     * Downloads {@code spec}'s text from {@code url} to {@code target}.
     *
     * @throws CorpusMismatchException if the downloaded bytes do not have the expected SHA-256 (nothing is kept)
     * @throws IOException if the download fails
     */
    void download(CorpusSpec spec, URI url, Path target) throws IOException {
        String expected = spec.sha256().orElseThrow();
        AtomicOutput.writeFile(target, tmp -> {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while downloading " + url);
            }
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP status " + response.statusCode());
                }
                long total = response.headers().firstValueAsLong("content-length").orElse(spec.bytes());
                MessageDigest md = Sha256.digest();
                try (OutputStream out = Files.newOutputStream(tmp);
                     Progress progress = new Progress("downloading " + spec.id(), total, Progress.Unit.BYTES)) {
                    byte[] buf = new byte[1 << 16];
                    long done = 0;
                    int n;
                    while ((n = in.read(buf)) >= 0) {
                        out.write(buf, 0, n);
                        md.update(buf, 0, n);
                        done += n;
                        progress.update(done);
                    }
                }
                String actual = Sha256.hex(md);
                if (!actual.equals(expected)) {
                    throw new CorpusMismatchException(spec.id(), url.toString(), expected, actual);
                }
            }
        });
    }
}
