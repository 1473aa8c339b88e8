package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mmapbench.results.EnvironmentInfo;

class EnvironmentSideBySideTest {

    private static EnvironmentInfo env(String... overrides) {
        Map<String, String> p = new HashMap<>(Map.of("cpu.model", "AMD EPYC", "cpu.cores", "2", "os.arch", "amd64",
                "os.kernel", "6.1.0", "jdk.version", "25.0.1", "fs.type", "ext4", "read_ahead_kb", "128", "thp", "madvise",
                "hostname", "a"));
        for (int i = 0; i < overrides.length; i += 2) {
            p.put(overrides[i], overrides[i + 1]);
        }
        return EnvironmentInfo.of(p);
    }

    @Test
    void namesEveryFactThatDiffersAndNoOther() {
        EnvironmentInfo x64 = env();
        EnvironmentInfo arm = env("cpu.model", "Neoverse-N1", "os.arch", "aarch64", "os.kernel", "6.8.0", "read_ahead_kb", "4096",
                "thp", "always", "fs.type", "xfs", "jdk.version", "25.0.2", "hostname", "b");
        assertEquals(List.of("CPU", "architecture", "kernel", "JDK", "file system", "read-ahead", "THP"),
                EnvironmentSideBySide.differences(List.of(x64, arm)));
        assertEquals("The environments differ in CPU, architecture, kernel, JDK, file system, read-ahead and THP.",
                EnvironmentSideBySide.sentence(List.of(x64, arm)));
        assertEquals(List.of(), EnvironmentSideBySide.differences(List.of(x64, env("hostname", "c"))), "the host name is not a fact that matters");
    }

    @Test
    void aFactRecordedOnOneSideOnlyDiffersAndTheTableSaysSo() {
        EnvironmentInfo old = EnvironmentInfo.of(Map.of("cpu.model", "AMD EPYC", "cpu.cores", "2"));
        List<String> d = EnvironmentSideBySide.differences(List.of(env(), old));
        assertTrue(d.contains("read-ahead") && d.contains("THP") && !d.contains("CPU") && !d.contains("cores"), d.toString());
        String html = EnvironmentSideBySide.html(List.of("E1 <new>", "E2"), List.of(env(), old));
        assertTrue(html.contains("<th>E1 &lt;new&gt;</th>"), html);
        assertTrue(html.contains("<tr class=\"differs\"><td>read-ahead <code>read_ahead_kb</code></td><td>128</td><td>(not recorded)</td><td>yes</td></tr>"), html);
        assertTrue(html.contains("<tr><td>cores <code>cpu.cores</code></td><td>2</td><td>2</td><td></td></tr>"), html);
    }
}
