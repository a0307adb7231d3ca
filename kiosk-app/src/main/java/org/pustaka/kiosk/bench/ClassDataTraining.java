package org.pustaka.kiosk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.pustaka.kiosk.config.ConfigException;

/**
 * The training run behind the kiosk's class-data archive (AppCDS): the launcher starts it once per jar
 * with {@code -XX:ArchiveClassesAtExit}, and every later start maps the classes it loaded instead of
 * reading, parsing and verifying them again. It starts the headless engine on a scratch folder (H2,
 * Flyway, recovery, the simulated library), then loads, without initialising, the classes the welcome
 * window needs: the kiosk's own, FlatLaf's core and Swing and AWT from {@code java.desktop}. Loading does
 * not need a display, so the archive is built the same way on a build machine and in the package's
 * postinst. A class that cannot be loaded here is simply left out of the archive.
 */
public final class ClassDataTraining {
    private static final List<String> JAR_PREFIXES = List.of("org/pustaka/", "com/formdev/flatlaf/");
    private static final List<String> SKIPPED = List.of("com/formdev/flatlaf/extras/", "org/pustaka/kiosk/bench/jmh/");
    private static final List<String> DESKTOP_PREFIXES = List.of("java/awt/", "javax/swing/", "sun/awt/", "sun/java2d/",
            "sun/font/", "java/beans/", "javax/accessibility/");
    private static final List<String> DESKTOP_SKIPPED = List.of("javax/swing/plaf/nimbus/", "javax/swing/plaf/metal/",
            "javax/swing/plaf/synth/", "sun/awt/windows/", "sun/awt/shell/", "sun/java2d/d3d/", "sun/java2d/opengl/");

    private ClassDataTraining() {
    }

    /** Runs the engine once in {@code dataDir} and loads the window's classes; returns how many were loaded. */
    public static int run(Path dataDir, PrintWriter out) throws ConfigException {
        StartupWorker.run(dataDir, new PrintWriter(PrintWriter.nullWriter()));
        int loaded = 0;
        Path jar = KioskJvm.ownJar();
        if (jar != null) {
            loaded += loadFromJar(jar);
        }
        loaded += loadDesktop();
        out.println("class-data training: " + loaded + " classes loaded");
        out.flush();
        return loaded;
    }

    private static int loadFromJar(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return load(zip.stream().map(e -> e.getName())
                    .filter(n -> JAR_PREFIXES.stream().anyMatch(n::startsWith))
                    .filter(n -> SKIPPED.stream().noneMatch(n::startsWith)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the kiosk's jar " + jar, e);
        }
    }

    private static int loadDesktop() {
        try {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            Path desktop = jrt.getPath("modules", "java.desktop");
            try (Stream<Path> files = Files.walk(desktop)) {
                return load(files.map(p -> desktop.relativize(p).toString())
                        .filter(n -> DESKTOP_PREFIXES.stream().anyMatch(n::startsWith))
                        .filter(n -> DESKTOP_SKIPPED.stream().noneMatch(n::startsWith)));
            }
        } catch (IOException | java.nio.file.FileSystemNotFoundException e) {
            return 0;
        }
    }

    private static int load(Stream<String> entries) {
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        int[] n = {0};
        entries.filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                        && !name.contains("META-INF/"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .forEach(name -> {
                    try {
                        Class.forName(name, false, loader);
                        n[0]++;
                    } catch (ClassNotFoundException | LinkageError e) {
                        // left out of the archive: the kiosk loads it from the jar if it ever needs it
                    }
                });
        return n[0];
    }
}
