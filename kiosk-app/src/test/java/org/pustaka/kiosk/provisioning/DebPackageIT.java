package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .deb that build-deb.sh writes: its name, control fields, files, modes, conffiles and scripts. */
class DebPackageIT {
    private static final Pattern LISTING = Pattern.compile("^([-dlrwxs]{10}) (\\S+) +\\d+ \\S+ \\S+ \\.(/\\S*)(?: -> (\\S+))?$");

    @TempDir
    static Path out;

    private static Path deb;
    /** Path -> "mode owner" (and link target for symlinks), from dpkg-deb -c. */
    private static final Map<String, String> entries = new TreeMap<>();

    @BeforeAll
    static void build() {
        deb = HostTools.buildDeb(out);
        for (String line : HostTools.ok("dpkg-deb", "-c", deb.toString()).split("\n")) {
            Matcher m = LISTING.matcher(line);
            if (m.matches()) {
                String path = m.group(3).length() > 1 && m.group(3).endsWith("/")
                        ? m.group(3).substring(0, m.group(3).length() - 1) : m.group(3);
                entries.put(path, m.group(1) + " " + m.group(2) + (m.group(4) == null ? "" : " -> " + m.group(4)));
            }
        }
    }

    @Test
    void isNamedAfterThePomVersionAndArchitectureAll() {
        String version = HostTools.pomVersion();
        assertThat(deb.getFileName().toString()).isEqualTo("pustaka-kiosk_" + version + "_all.deb");
        assertThat(field("Package")).isEqualTo("pustaka-kiosk");
        assertThat(field("Version")).isEqualTo(version);
        assertThat(field("Architecture")).isEqualTo("all");
        assertThat(field("Maintainer")).contains("<").contains("@");
        assertThat(Integer.parseInt(field("Installed-Size"))).isGreaterThan(1000);
    }

    @Test
    void dependsOnAJava17OrNewerRuntimeWithAwtAndOnTheKioskSession() {
        List<String> depends = List.of(field("Depends").split(",\\s*"));
        // Swing needs the full runtime: the -headless packages have no X11 toolkit (libawt_xawt).
        assertThat(depends).contains("openjdk-17-jre | openjdk-21-jre | openjdk-25-jre | java17-runtime");
        assertThat(depends).contains("cage", "xwayland", "libpam-systemd", "passwd", "systemd", "udev");
        assertThat(field("Depends")).doesNotContain("headless");
    }

    @Test
    void installsTheAppConfigSessionAndUdevRulesWhereTheDocsSay() {
        assertThat(entries).containsKeys(
                "/opt/pustaka-kiosk/lib/pustaka-kiosk.jar",
                "/opt/pustaka-kiosk/bin/kiosk",
                "/opt/pustaka-kiosk/bin/pustaka-kiosk-provision",
                "/opt/pustaka-kiosk/lib/pustaka-kiosk-health",
                "/etc/pustaka-kiosk/kiosk.properties",
                "/etc/default/pustaka-kiosk",
                "/etc/pam.d/pustaka-kiosk",
                "/usr/lib/systemd/system/pustaka-kiosk.service",
                "/usr/lib/systemd/system/pustaka-kiosk-health.service",
                "/usr/lib/systemd/system/pustaka-kiosk-health.timer",
                "/usr/lib/udev/rules.d/60-pustaka-kiosk.rules",
                "/usr/share/doc/pustaka-kiosk/kiosk.properties.example",
                "/usr/share/doc/pustaka-kiosk/install.md",
                "/usr/share/doc/pustaka-kiosk/instalasi.md",
                "/usr/share/doc/pustaka-kiosk/hardware.md",
                "/usr/share/doc/pustaka-kiosk/copyright");
        assertThat(entries.get("/usr/bin/pustaka-kiosk")).endsWith("-> /opt/pustaka-kiosk/bin/kiosk");
        // The data directory belongs to the maintainer scripts, not to dpkg, so removal never touches it.
        assertThat(entries.keySet()).noneMatch(p -> p.startsWith("/var/"));
        assertThat(entries.keySet()).noneMatch(p -> p.contains("secrets"));
    }

    @Test
    void filesAreOwnedByRootWithTheRightModes() {
        assertThat(entries.values()).allMatch(v -> v.split(" ")[1].equals("root/root"));
        assertThat(entries.values()).filteredOn(v -> !v.startsWith("l"))
                .noneMatch(v -> v.charAt(5) == 'w' || v.charAt(8) == 'w');
        assertThat(entries.get("/opt/pustaka-kiosk/bin/kiosk")).startsWith("-rwxr-xr-x");
        assertThat(entries.get("/opt/pustaka-kiosk/lib/pustaka-kiosk-health")).startsWith("-rwxr-xr-x");
        assertThat(entries.get("/opt/pustaka-kiosk/bin/pustaka-kiosk-provision")).startsWith("-rwxr-xr-x");
        assertThat(entries.get("/opt/pustaka-kiosk/lib/pustaka-kiosk.jar")).startsWith("-rw-r--r--");
        assertThat(entries.get("/usr/lib/systemd/system/pustaka-kiosk.service")).startsWith("-rw-r--r--");
    }

    @Test
    void everyFileUnderEtcIsAConffileSoUpgradesKeepLocalChanges() {
        List<String> conffiles = List.of(HostTools.ok("dpkg-deb", "-I", deb.toString(), "conffiles").strip().split("\n"));
        List<String> etcFiles = entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith("/etc/") && e.getValue().startsWith("-"))
                .map(Map.Entry::getKey).toList();
        assertThat(conffiles).containsExactlyInAnyOrderElementsOf(etcFiles)
                .contains("/etc/pustaka-kiosk/kiosk.properties", "/etc/default/pustaka-kiosk", "/etc/pam.d/pustaka-kiosk");
    }

    @Test
    void carriesTheJarThatMavenBuilt(@TempDir Path extracted) throws IOException {
        HostTools.ok("dpkg-deb", "-x", deb.toString(), extracted.toString());
        assertThat(sha256(extracted.resolve("opt/pustaka-kiosk/lib/pustaka-kiosk.jar"))).isEqualTo(sha256(HostTools.jar()));
        String shipped = Files.readString(extracted.resolve("etc/pustaka-kiosk/kiosk.properties"));
        assertThat(shipped).contains("rfid.port=/dev/pustaka-rfid", "printer.device=/dev/pustaka-printer",
                "ui.fullScreen=true", "kiosk.dataDir=/var/lib/pustaka-kiosk");
    }

    @Test
    void maintainerScriptsAreShellScriptsThatStopOnErrors(@TempDir Path control) throws IOException {
        HostTools.ok("dpkg-deb", "-e", deb.toString(), control.toString());
        for (String script : List.of("postinst", "prerm", "postrm")) {
            Path file = control.resolve(script);
            assertThat(Files.isExecutable(file)).as(script + " is executable").isTrue();
            String text = Files.readString(file);
            assertThat(text).startsWith("#!/bin/sh\n").contains("\nset -e\n");
        }
        String postrm = Files.readString(control.resolve("postrm"));
        // Data and secrets go only on purge: the rm of the data directory sits in the purge branch.
        int purge = postrm.indexOf("  purge)");
        int end = postrm.indexOf(";;", purge);
        int rmData = postrm.indexOf("rm -rf \"$root/var/lib/pustaka-kiosk\"");
        assertThat(rmData).isBetween(purge, end);
        assertThat(postrm.indexOf("var/lib/pustaka-kiosk", end)).isEqualTo(-1);
        String prerm = Files.readString(control.resolve("prerm"));
        assertThat(prerm).contains("upgrade|failed-upgrade)\n    ;;");
    }

    private static String field(String name) {
        return HostTools.ok("dpkg-deb", "-f", deb.toString(), name).strip();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
