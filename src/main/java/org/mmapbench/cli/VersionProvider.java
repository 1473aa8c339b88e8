package org.mmapbench.cli;

import picocli.CommandLine;

/** Supplies {@code mmapbench --version}: the project version and the running JDK. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "mmapbench " + (v == null ? "(development build)" : v),
            "JDK " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
