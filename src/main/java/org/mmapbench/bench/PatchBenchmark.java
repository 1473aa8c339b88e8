package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The patch workload: overwrites bytes 10..15 of a copy of the corpus ({@link CopyState}) with
 * {@code "python"} without rewriting the file: a positional write for regular strategies, a store
 * through a {@code READ_WRITE} mapping for mapped ones. {@code fair} syncs nothing.
 *
 * <p>The durability 2 x 2 is {@code unsynced} and {@code synced} (every write method: mapped,
 * positional, temp + move, copy back), one method each rather than a {@code durability} parameter of
 * {@code fair}: a new parameter would change the key of every existing patch result (name, mode and
 * every parameter), so stored baselines and history would no longer match. {@code fair}'s cells equal
 * the {@code unsynced} cells of the same strategies, measured under their old keys. {@code copyOnWrite}
 * writes through a {@code PRIVATE} mapping: the copy never changes. One line per variant, as in
 * {@link CachedBenchmark}.
 */
public class PatchBenchmark extends BenchmarkBase {
    @Benchmark public long fair(CellState.Writers cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long unsynced(CellState.Unsynced cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long synced(CellState.Synced cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
    @Benchmark public long copyOnWrite(CellState.CopyOnWrite cell, CopyState copy) throws IOException { return cell.run(copy.file()); }
}
