package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxFactsTest {

    private static final String MOUNTS = """
            proc /proc proc rw,relatime 0 0
            /dev/vda / ext4 rw,relatime 0 0
            tmpfs /dev/shm tmpfs rw 0 0
            /dev/vdb1 /data xfs rw 0 0
            /dev/vdc /data/with\\040space btrfs rw 0 0
            """;

    @Test
    void mountIsTheLongestPrefix() {
        assertEquals(new LinuxFacts.Mount("/dev/vda", "/", "ext4"), LinuxFacts.mountOf(Path.of("/work/shared/x.txt"), MOUNTS));
        assertEquals("xfs", LinuxFacts.mountOf(Path.of("/data/corpora"), MOUNTS).type());
        assertEquals("ext4", LinuxFacts.mountOf(Path.of("/database"), MOUNTS).type(), "prefix by path element, not by string");
        assertEquals("btrfs", LinuxFacts.mountOf(Path.of("/data/with space/a"), MOUNTS).type());
        assertEquals(LinuxFacts.UNKNOWN, LinuxFacts.mountOf(Path.of("/x"), "").type());
    }

    @Test
    void selectedChoiceIsTheBracketedOne() {
        assertEquals("madvise", LinuxFacts.selected("always [madvise] never\n"));
        assertEquals(LinuxFacts.UNKNOWN, LinuxFacts.selected(""));
    }

    @Test
    void factsFromFixtureTrees(@TempDir Path root) throws IOException {
        Path proc = root.resolve("proc");
        Path sys = root.resolve("sys");
        Files.createDirectories(proc.resolve("sys/kernel"));
        Files.createDirectories(sys.resolve("kernel/mm/transparent_hugepage"));
        Files.writeString(proc.resolve("cpuinfo"), "processor\t: 0\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n");
        Files.writeString(proc.resolve("meminfo"), "MemTotal:       24683656 kB\nMemFree: 1 kB\nFileHugePages:      4096 kB\nFilePmdMapped:         0 kB\n");
        Files.writeString(proc.resolve("sys/kernel/osrelease"), "6.18.44\n");
        Files.writeString(sys.resolve("kernel/mm/transparent_hugepage/enabled"), "[always] madvise never\n");
        LinuxFacts f = new LinuxFacts(proc, sys);
        assertEquals("AMD EPYC 7B13", f.cpuModel());
        assertEquals(Long.toString(24683656L * 1024), f.memoryBytes());
        assertEquals("6.18.44", f.kernel());
        assertEquals(Long.toString(4096L * 1024), f.meminfoBytes("FileHugePages"));
        assertEquals("0", f.meminfoBytes("FilePmdMapped"));
        assertEquals(LinuxFacts.UNKNOWN, f.meminfoBytes("ShmemHugePages"));
        assertEquals("always", f.transparentHugePages());
        assertEquals(LinuxFacts.UNKNOWN, f.transparentHugePagesDefrag());
        assertEquals(LinuxFacts.UNKNOWN, f.faultAroundBytes());
        assertEquals(LinuxFacts.UNKNOWN, f.readAheadKb(root), "no sysfs block devices in the fixture");
    }

    @Test
    void damonNamesEachRunningSchemeWithItsIdleAge(@TempDir Path root) throws IOException {
        Path sys = root.resolve("sys");
        LinuxFacts f = new LinuxFacts(root.resolve("proc"), sys);
        assertEquals(LinuxFacts.UNKNOWN, f.damon(), "no DAMON sysfs");
        Path admin = Files.createDirectories(sys.resolve("kernel/mm/damon/admin/kdamonds"));
        Files.writeString(admin.resolve("nr_kdamonds"), "1\n");
        Path kdamond = Files.createDirectories(admin.resolve("0"));
        Files.writeString(kdamond.resolve("state"), "off\n");
        assertEquals("none", f.damon(), "a kdamond that is off does nothing");
        Files.writeString(kdamond.resolve("state"), "on\n");
        Path context = Files.createDirectories(kdamond.resolve("contexts/0"));
        Files.writeString(kdamond.resolve("contexts/nr_contexts"), "1\n");
        Files.writeString(context.resolve("operations"), "paddr\n");
        Files.createDirectories(context.resolve("monitoring_attrs/intervals"));
        Files.writeString(context.resolve("monitoring_attrs/intervals/aggr_us"), "5000000\n");
        Path scheme = Files.createDirectories(context.resolve("schemes/0"));
        Files.writeString(context.resolve("schemes/nr_schemes"), "1\n");
        Files.writeString(scheme.resolve("action"), "pageout\n");
        Files.createDirectories(scheme.resolve("access_pattern/age"));
        Files.writeString(scheme.resolve("access_pattern/age/min"), "12\n");
        Files.createDirectories(scheme.resolve("quotas"));
        Files.writeString(scheme.resolve("quotas/bytes"), "134217728\n");
        Files.writeString(scheme.resolve("quotas/reset_interval_ms"), "1000\n");
        assertEquals("paddr: pageout after 60 s idle (quota 128 MiB per 1000 ms)", f.damon());
    }
}
