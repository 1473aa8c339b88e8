package org.mmapbench.ipc;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command line that starts a {@link Peer}: the running JVM's own {@code java} (same JDK), the
 * JVM arguments of this JVM that shape its heap and native access (so a peer started from a
 * benchmark fork gets the fork's fixed, pre-touched heap), this JVM's class path, and the peer's
 * main class.
 *
 * @param jvmArguments the JVM arguments the peer gets, in order
 */
public record PeerCommand(List<String> jvmArguments) {
    /** The arguments of this JVM a peer inherits: heap size, pre-touch, huge pages, native access. */
    static final Pattern INHERITED = Pattern.compile("-Xms\\S+|-Xmx\\S+|-XX:[+-]AlwaysPreTouch|-XX:[+-]UseTransparentHugePages"
            + "|--enable-native-access=\\S+");
    /**
     * Sends the JVM's own warnings to standard error: standard output is the pipe transport's channel,
     * and a HotSpot warning there (for example that huge pages are unavailable) would corrupt it.
     */
    static final String VM_OUTPUT_TO_STDERR = "-XX:+DisplayVMOutputToStderr";

    /** Copies the list. */
    public PeerCommand {
        jvmArguments = List.copyOf(jvmArguments);
    }

    /** A peer with this JVM's heap and native-access arguments. */
    public static PeerCommand likeThisJvm() {
        List<String> args = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (INHERITED.matcher(a).matches()) {
                args.add(a);
            }
        }
        args.add(VM_OUTPUT_TO_STDERR);
        return new PeerCommand(args);
    }

    /** The {@code java} executable of the running JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The full command for a peer with {@code peerArgs}. */
    List<String> command(List<String> peerArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmArguments);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Peer.class.getName());
        cmd.addAll(peerArgs);
        return cmd;
    }
}
