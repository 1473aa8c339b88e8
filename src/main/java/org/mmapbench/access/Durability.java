package org.mmapbench.access;

import java.util.Locale;
import org.mmapbench.util.EnumIds;

/**
 * Whether a write is left in the page cache or made durable before the operation returns: the
 * {@code durability} parameter of the write workloads' 2 x 2 (the {@code durability} benchmark method of
 * patch and replace).
 *
 * <p>What "synced" costs depends on the write method: {@code force()} ({@code msync}) on a mapping,
 * {@code FileChannel.force(false)} ({@code fdatasync}) or {@code FileDescriptor.sync()}
 * ({@code fsync}) after a positional write, and for a rewrite the {@code fsync} of the new file and of
 * its folder, without which a rename is not durable.
 *
 * <p>NOTE: durable means the kernel reported the data written to the device. Whether the device keeps
 * it through a power cut (a volatile write cache, a virtual disk of a VM) is outside what a process can see.
 */
public enum Durability {
    /** No sync: the write ends in dirty page-cache pages, written back by the kernel later. */
    NONE,
    /** The sync the write method needs to be durable, before the operation returns. */
    SYNCED;

    /** {@code none} or {@code synced}, as tables show it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The durability with this {@link #id()}, as the {@code durability} parameter of a benchmark names it. */
    public static Durability byId(String id) {
        return EnumIds.byId(Durability.class, Durability::id, id, "durability");
    }
}
