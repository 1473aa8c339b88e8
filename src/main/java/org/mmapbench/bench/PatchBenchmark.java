package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The patch workload: overwrites bytes 10..15 of a copy of the corpus ({@link CopyState}) with
 * {@code "python"} without rewriting the file: a positional write for regular strategies, a store
 * through a {@code READ_WRITE} mapping for mapped ones.
 *
 * <p>{@code fair} syncs nothing. The durability 2 x 2 is {@code unsynced} and {@code synced}, one
 * method each rather than a {@code durability} parameter of {@code fair}: a new parameter would
 * change the key of every existing patch result (name, mode and every parameter), so stored
 * baselines and history would no longer match. {@code fair}'s cells equal the {@code unsynced}
 * cells of the same strategies, measured under their old keys.
 */
public class PatchBenchmark extends BenchmarkBase {

    /** Every positional writer and mapped strategy, no sync. */
    @Benchmark
    public long fair(CellState.Writers cell, CopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Every write method (mapped, positional, temp + move, copy back), no sync: durability none. */
    @Benchmark
    public long unsynced(CellState.Unsynced cell, CopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Every write method with the sync it needs to be durable: durability synced. */
    @Benchmark
    public long synced(CellState.Synced cell, CopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Both mapped strategies through a PRIVATE (copy-on-write) mapping: the copy never changes. */
    @Benchmark
    public long copyOnWrite(CellState.CopyOnWrite cell, CopyState copy) throws IOException {
        return cell.run(copy.file());
    }
}
