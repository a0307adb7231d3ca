package org.pustaka.kiosk.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.pustaka.kiosk.Main;

/**
 * The JVM options the installed kiosk runs with ({@code KIOSK_JAVA_OPTS} in /etc/default/pustaka-kiosk,
 * which a test keeps equal to {@link #INSTALLED}), so that the benchmarks measure the kiosk as it runs in
 * the field. A kiosk is a small, long-running, single-user program: the serial collector and the C1
 * compiler alone cost far less memory than G1 and C2 (see docs/performance.md), and a JVM on a board with
 * less than about 1.8 GB would choose the serial collector by itself.
 */
public final class KioskJvm {
    /** The heap options of the installed kiosk. */
    public static final List<String> HEAP = List.of("-Xms64m", "-Xmx384m");
    /** Everything else: collector, compiler, thread stacks, and stopping at once when memory runs out. */
    public static final List<String> TUNING = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError");
    /** {@link #HEAP} and {@link #TUNING}: the options of the installed kiosk. */
    public static final List<String> INSTALLED = Stream.concat(HEAP.stream(), TUNING.stream()).toList();

    private KioskJvm() {
    }

    /**
     * The class-data options this JVM was started with ({@code -XX:SharedArchiveFile} and the
     * {@code -Xlog:cds} settings the launchers add), so a child started to measure the kiosk's start maps
     * the same archive the launcher gives the kiosk; empty when this JVM has none.
     */
    public static List<String> classDataOptions() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-XX:SharedArchiveFile=") || o.startsWith("-Xlog:cds")).toList();
    }

    /** This kiosk's jar when it runs from one; null when it runs from a build's class path. */
    public static Path ownJar() {
        try {
            Path where = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return where.toString().endsWith(".jar") ? where : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** The arguments after the JVM options that start this kiosk: {@code -jar JAR}, or its class path and Main. */
    public static List<String> launch(Path jar) {
        return jar != null ? List.of("-jar", jar.toString())
                : List.of("-cp", System.getProperty("java.class.path"), Main.class.getName());
    }
}
