package org.mmapbench.corpus;

import java.net.URI;

/**
 * Where a public-domain corpus comes from: a Project Gutenberg e-book, its file name in the cache and
 * in mirrors, and an exact download URL (pinned to a commit, so its SHA-256 never changes).
 */
public record GutenbergText(int ebook, String title, String author, String language, String encoding,
                            String fileName, URI downloadUrl) {
}
