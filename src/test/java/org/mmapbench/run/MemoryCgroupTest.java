package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.util.CannotRunException;

/** {@link MemoryCgroup} against cgroup file systems imitated in a temporary folder. */
class MemoryCgroupTest {

    @TempDir
    Path root;

    @Test
    void refusesAnyoneButRootBeforeLookingAtTheFileSystem() throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpu io memory pids\n");
        CannotRunException e = assertThrows(CannotRunException.class, () -> MemoryCgroup.requireUsable(root, 1000));
        assertEquals("a memory-limited run needs root to make a memory cgroup under " + root + " (running as uid 1000)", e.getMessage());
        assertTrue(assertThrows(CannotRunException.class, () -> MemoryCgroup.requireUsable(root, -1)).getMessage().contains("no /proc"));
    }

    @Test
    void refusesWithoutAnyMemoryController() {
        CannotRunException e = assertThrows(CannotRunException.class, () -> MemoryCgroup.requireUsable(root, 0));
        assertEquals("a memory-limited run needs a memory cgroup controller, and " + root + " has none: no cgroup v2 ("
                + root.resolve("cgroup.controllers") + ") and no cgroup v1 memory hierarchy (" + root.resolve("memory/memory.limit_in_bytes")
                + ")", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void refusesCgroupV2WithoutTheMemoryController() throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpuset cpu io pids memoryless\n");
        CannotRunException e = assertThrows(CannotRunException.class, () -> MemoryCgroup.requireUsable(root, 0));
        assertTrue(e.getMessage().endsWith("cgroup v2 without the memory controller in " + root.resolve("cgroup.controllers")), e.getMessage());
    }

    @Test
    void makesAV2CgroupWithTheLimitNoSwapAndTheControllerEnabled() throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpu io memory pids\n");
        Files.writeString(root.resolve("cgroup.subtree_control"), "cpu\n");
        MemoryCgroup.Hierarchy h = MemoryCgroup.locate(root, 0);
        assertEquals(new MemoryCgroup.Hierarchy(root, MemoryCgroup.Version.V2), h);
        Path dir = root.resolve("bench");
        MemoryCgroup cgroup = MemoryCgroup.create(root, 0, "bench", 64L << 20);
        assertEquals(dir, cgroup.dir());
        assertEquals("+memory", Files.readString(root.resolve("cgroup.subtree_control")));
        assertEquals(Long.toString(64L << 20), Files.readString(dir.resolve("memory.max")));
        assertFalse(Files.exists(dir.resolve("memory.swap.max")), "written only where the kernel offers it");
        Files.writeString(dir.resolve("memory.peak"), "1234\n");
        Files.writeString(dir.resolve("memory.events"), "low 0\nhigh 0\nmax 17\noom 0\noom_kill 0\n");
        Map<String, String> f = cgroup.facts();
        assertEquals(dir.toString(), f.get("fork.cgroup"));
        assertEquals("v2", f.get("fork.cgroup.version"));
        assertEquals("67108864", f.get("fork.memory_limit_bytes"));
        assertEquals("1234", f.get("fork.cgroup.peak_bytes"));
        assertEquals("low 0, high 0, max 17, oom 0, oom_kill 0", f.get("fork.cgroup.events"));
    }

    @Test
    void makesAV1CgroupInTheMemoryHierarchyAndLimitsSwapToo() throws IOException {
        Path memory = Files.createDirectories(root.resolve("memory"));
        Files.writeString(memory.resolve("memory.limit_in_bytes"), "9223372036854771712\n");
        MemoryCgroup.Hierarchy h = MemoryCgroup.locate(root, 0);
        assertEquals(new MemoryCgroup.Hierarchy(memory, MemoryCgroup.Version.V1), h);
        MemoryCgroup cgroup = MemoryCgroup.create(root, 0, "bench", 2L << 30);
        Path dir = memory.resolve("bench");
        assertEquals("2147483648", Files.readString(dir.resolve("memory.limit_in_bytes")));
        Files.writeString(dir.resolve("memory.max_usage_in_bytes"), "2147000000\n");
        Files.writeString(dir.resolve("memory.failcnt"), "42\n");
        Files.writeString(dir.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n");
        Map<String, String> f = cgroup.facts();
        assertEquals("v1", f.get("fork.cgroup.version"));
        assertEquals("2147000000", f.get("fork.cgroup.peak_bytes"));
        assertEquals("failcnt 42, oom_kill_disable 0, under_oom 0, oom_kill 0", f.get("fork.cgroup.events"));
    }

    @Test
    void anExistingCgroupOfTheSameNameIsNotTakenOver() throws IOException {
        Path memory = Files.createDirectories(root.resolve("memory"));
        Files.writeString(memory.resolve("memory.limit_in_bytes"), "max\n");
        Files.createDirectory(memory.resolve("bench"));
        CannotRunException e = assertThrows(CannotRunException.class, () -> MemoryCgroup.create(root, 0, "bench", 1L << 30));
        assertTrue(e.getMessage().startsWith("cannot make the memory cgroup " + memory.resolve("bench")), e.getMessage());
    }

    @Test
    void theLauncherJoinsTheCgroupThenBecomesTheJvmWithItsArguments() throws IOException {
        Path memory = Files.createDirectories(root.resolve("memory"));
        Files.writeString(memory.resolve("memory.limit_in_bytes"), "max\n");
        MemoryCgroup cgroup = MemoryCgroup.create(root, 0, "bench", 1L << 30);
        Path script = cgroup.launcher("/opt/it's java/bin/java", root);
        assertTrue(Files.isExecutable(script));
        String text = Files.readString(script);
        assertTrue(text.startsWith("#!/bin/sh\n"), text);
        assertTrue(text.contains("echo $$ > '" + memory.resolve("bench/cgroup.procs") + "' || exit " + MemoryCgroup.JOIN_FAILED + "\n"), text);
        assertTrue(text.endsWith("exec '/opt/it'\\''s java/bin/java' \"$@\"\n"), text);
    }
}
