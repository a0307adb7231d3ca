package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs, upgrades, downgrades, removes and purges the real package with dpkg into a directory tree
 * ({@code dpkg --root} with {@code --force-script-chrootless}, so the real maintainer scripts run with
 * DPKG_ROOT set and touch only that tree). The local journal and outbox, the secrets and the edited
 * configuration must survive everything except purge.
 */
class PackageLifecycleIT {
    @TempDir
    static Path debs;
    private static Path older;
    private static Path newer;

    @TempDir
    Path work;
    private Path root;

    @BeforeAll
    static void buildTwoVersions() throws IOException {
        HostTools.require("dpkg", "dpkg");
        older = HostTools.buildDeb(Files.createDirectories(debs.resolve("older")));
        newer = HostTools.buildDeb(Files.createDirectories(debs.resolve("newer")), "--version",
                HostTools.pomVersion() + "+upgrade1");
    }

    @BeforeEach
    void emptySystem() throws IOException {
        root = Files.createDirectories(work.resolve("root"));
        Files.createDirectories(root.resolve("var/lib/dpkg/info"));
        Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
        Files.createFile(root.resolve("var/lib/dpkg/status"));
    }

    @Test
    void firstInstallCreatesTheDataDirectoryAndARootOnlySecretsFile() throws IOException {
        dpkg("-i", older.toString());

        assertThat(status()).contains("Status: install ok installed").contains("Version: " + HostTools.pomVersion());
        assertThat(mode("var/lib/pustaka-kiosk")).isEqualTo("rwxr-x---");
        assertThat(mode("etc/pustaka-kiosk/secrets.env")).isEqualTo("rw-------");
        assertThat(root.resolve("opt/pustaka-kiosk/lib/pustaka-kiosk.jar")).isRegularFile();
    }

    @Test
    void upgradeAndDowngradeKeepJournalOutboxSecretsAndEditedConfig() throws IOException {
        dpkg("-i", older.toString());
        Path data = root.resolve("var/lib/pustaka-kiosk");
        Files.writeString(data.resolve("kiosk.mv.db"), "journal and outbox");
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/kiosk.log"), "log line\n");
        Path config = root.resolve("etc/pustaka-kiosk/kiosk.properties");
        Files.writeString(config, Files.readString(config).replace("kiosk.id=\n", "kiosk.id=MLG-07\n"));
        Path secrets = root.resolve("etc/pustaka-kiosk/secrets.env");
        Files.writeString(secrets, "PUSTAKA_CATALOG_TOKEN='t0k3n'\n");

        dpkg("-i", newer.toString());
        assertThat(status()).contains("Version: " + HostTools.pomVersion() + "+upgrade1");
        assertKept(data, config, secrets);

        dpkg("-i", older.toString());
        assertThat(status()).contains("Version: " + HostTools.pomVersion() + "\n");
        assertKept(data, config, secrets);
        assertThat(mode("etc/pustaka-kiosk/secrets.env")).isEqualTo("rw-------");
    }

    @Test
    void removeKeepsDataAndConfigAndOnlyPurgeDeletesThem() throws IOException {
        dpkg("-i", older.toString());
        Path data = root.resolve("var/lib/pustaka-kiosk");
        Files.writeString(data.resolve("kiosk.mv.db"), "journal and outbox");

        dpkg("-r", "pustaka-kiosk");
        assertThat(root.resolve("opt/pustaka-kiosk/lib/pustaka-kiosk.jar")).doesNotExist();
        assertThat(data.resolve("kiosk.mv.db")).hasContent("journal and outbox");
        assertThat(root.resolve("etc/pustaka-kiosk/kiosk.properties")).isRegularFile();
        assertThat(root.resolve("etc/pustaka-kiosk/secrets.env")).isRegularFile();

        dpkg("-P", "pustaka-kiosk");
        assertThat(data).doesNotExist();
        assertThat(root.resolve("etc/pustaka-kiosk")).doesNotExist();
        assertThat(root.resolve("etc/default/pustaka-kiosk")).doesNotExist();
    }

    private void assertKept(Path data, Path config, Path secrets) {
        assertThat(data.resolve("kiosk.mv.db")).hasContent("journal and outbox");
        assertThat(data.resolve("logs/kiosk.log")).hasContent("log line");
        assertThat(config).content().contains("kiosk.id=MLG-07\n");
        assertThat(secrets).hasContent("PUSTAKA_CATALOG_TOKEN='t0k3n'");
        assertThat(root.resolve("etc/pustaka-kiosk/kiosk.properties.dpkg-new")).doesNotExist();
    }

    private void dpkg(String... arguments) {
        List<String> command = new ArrayList<>(List.of("dpkg", "--root=" + root,
                "--force-script-chrootless", "--force-depends", "--force-confold", "--force-not-root",
                "--log=/dev/null"));
        command.addAll(List.of(arguments));
        HostTools.Result result = HostTools.run(command, null, Map.of("DEBIAN_FRONTEND", "noninteractive"));
        assertThat(result.exit()).as("dpkg %s\n%s", String.join(" ", arguments), result.both()).isZero();
    }

    private String status() throws IOException {
        return Files.readString(root.resolve("var/lib/dpkg/status"));
    }

    private String mode(String relative) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(relative)));
    }
}
