package org.mmapbench.bench;

import java.nio.file.Path;

/**
 * The canonical warm page cache ({@link PageCacheState#WARM}) for a read-only benchmark without a
 * {@code cache} parameter (regex): the corpus is dropped from the cache and read back sequentially
 * before every trial, and must stay fully cached until its end ({@link FileCacheState}).
 */
public class WarmState extends FileCacheState {

    private Path file;

    @Override
    protected void prepare(Path corpus) {
        file = corpus;
    }

    @Override
    protected PageCacheState pageCacheState() {
        return PageCacheState.WARM;
    }

    @Override
    public Path file() {
        return file;
    }
}
