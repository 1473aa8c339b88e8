package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The replace workload: replaces every {@code " the "} with {@code " eht "} in a fresh copy of the
 * corpus ({@link FreshCopyState}). Regular strategies read, replace, write a temporary file and
 * move it into place; mapped ones change the file in place through a {@code READ_WRITE} mapping and
 * {@code force()} it.
 *
 * <p>{@code fair}, {@code idiomatic} and {@code windowed} sync; {@code literal} does not. The durability
 * 2 x 2 is {@code unsynced} and {@code synced}, one method each rather than a {@code durability}
 * parameter of {@code fair}: a new parameter would change the key of every existing replace result,
 * so stored baselines and history would no longer match. {@code fair}'s mapped cells equal the
 * {@code synced} mapped cells; its regular cells are temp + move synced except for the folder's
 * {@code fsync}, which {@code synced tempMove} adds.
 */
public class ReplaceBenchmark extends BenchmarkBase {

    /** Every byte strategy, replacing with the shared kernel. */
    @Benchmark
    public long fair(CellState.Bytes cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** The regular text strategies, with {@code String.replace}. */
    @Benchmark
    public long idiomatic(CellState.RegularText cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Every streaming strategy: window by window into a temporary sibling, forced and moved into place. */
    @Benchmark
    public long windowed(CellState.Streaming cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** The article's two functions: text replace via a temporary file copied back, or bytes written back through the mapping; no sync. */
    @Benchmark
    public long literal(CellState.Literal cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Every write method (mapped, positional write back, temp + move, copy back), no sync: durability none. */
    @Benchmark
    public long unsynced(CellState.Unsynced cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Every write method with the sync it needs to be durable: durability synced. */
    @Benchmark
    public long synced(CellState.Synced cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }

    /** Both mapped strategies through a PRIVATE (copy-on-write) mapping: the copy never changes. */
    @Benchmark
    public long copyOnWrite(CellState.CopyOnWrite cell, FreshCopyState copy) throws IOException {
        return cell.run(copy.file());
    }
}
