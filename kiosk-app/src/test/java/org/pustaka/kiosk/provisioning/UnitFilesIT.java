package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd units as installed by the package pass {@code systemd-analyze verify}. Verification runs
 * with {@code --root} on a tree made of the extracted .deb plus this machine's own system units (for
 * sysinit.target, getty@.service and friends), so every ExecStart= binary of the package is checked
 * for real. cage is not installed on a build machine, so the tree gets a stand-in /usr/bin/cage; all
 * other executables are the package's own.
 */
class UnitFilesIT {
    private static final List<String> UNITS = List.of("pustaka-kiosk.service", "pustaka-kiosk-health.service",
            "pustaka-kiosk-health.timer");

    @TempDir
    static Path work;
    private static Path tree;

    @BeforeAll
    static void installIntoATree() throws IOException {
        HostTools.require("systemd-analyze", "systemd");
        Path deb = HostTools.buildDeb(Files.createDirectories(work.resolve("deb")));
        tree = Files.createDirectories(work.resolve("tree"));
        HostTools.ok("dpkg-deb", "-x", deb.toString(), tree.toString());
        Path hostUnits = Files.isDirectory(Path.of("/usr/lib/systemd/system"))
                ? Path.of("/usr/lib/systemd/system") : Path.of("/lib/systemd/system");
        HostTools.ok("cp", "-a", "--no-clobber", hostUnits + "/.", tree.resolve("usr/lib/systemd/system").toString());
        Path cage = tree.resolve("usr/bin/cage");
        Files.writeString(cage, "#!/bin/sh\nexec \"$@\"\n");
        cage.toFile().setExecutable(true, false);
    }

    @Test
    void everyUnitOfThePackagePassesSystemdAnalyzeVerify() {
        HostTools.Result result = verify(tree, UNITS);
        assertThat(result.exit()).as("systemd-analyze verify:\n%s", result.both()).isZero();
        assertThat(Arrays.stream(result.both().split("\n")).filter(l -> l.contains("pustaka")))
                .as("warnings about the package's units").isEmpty();
    }

    @Test
    void verifyReallyChecksUnknownKeysAndMissingPrograms(@TempDir Path copy) throws IOException {
        HostTools.ok("cp", "-a", tree + "/.", copy.toString());
        Path unit = copy.resolve("usr/lib/systemd/system/pustaka-kiosk.service");
        Files.writeString(unit, Files.readString(unit).replace("Restart=always", "Restart=always\nRestrat=always"));
        assertThat(verify(copy, List.of("pustaka-kiosk.service")).both()).contains("Unknown key", "Restrat");

        Files.delete(copy.resolve("opt/pustaka-kiosk/lib/pustaka-kiosk-health"));
        HostTools.Result missing = verify(copy, List.of("pustaka-kiosk.service"));
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.both()).contains("pustaka-kiosk-health");
    }

    @Test
    void theKioskSessionRestartsOnFailureAndLeavesNoWayOutForAVisitor() throws IOException {
        String unit = Files.readString(tree.resolve("usr/lib/systemd/system/pustaka-kiosk.service"));
        String execStart = unit.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        // cage without -s refuses VT switching: no Ctrl+Alt+F<n> to a console.
        assertThat(execStart).startsWith("ExecStart=/usr/bin/cage ").doesNotContain(" -s")
                .contains("/opt/pustaka-kiosk/bin/kiosk run --config /etc/pustaka-kiosk/kiosk.properties");
        assertThat(unit).contains("\nRestart=always\n", "\nUser=kiosk\n", "\nPAMName=pustaka-kiosk\n",
                "\nTTYPath=/dev/tty1\n", "\nConflicts=getty@tty1.service\n",
                "\nExecStartPost=/opt/pustaka-kiosk/lib/pustaka-kiosk-health --wait 120\n",
                "\nEnvironmentFile=-/etc/pustaka-kiosk/secrets.env\n",
                "\nConditionPathExists=!/etc/pustaka-kiosk/maintenance\n",
                "\nConditionPathExists=!/boot/firmware/pustaka-maintenance\n",
                "\nWantedBy=graphical.target\n");
        String timer = Files.readString(tree.resolve("usr/lib/systemd/system/pustaka-kiosk-health.timer"));
        assertThat(timer).contains("OnUnitActiveSec=1min", "WantedBy=timers.target");
        String pam = Files.readString(tree.resolve("etc/pam.d/pustaka-kiosk"));
        assertThat(pam).contains("session  required  pam_systemd.so").doesNotContain("nullok");
    }

    private static HostTools.Result verify(Path root, List<String> units) {
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--root=" + root, "--man=no"));
        command.addAll(units);
        return HostTools.run(command);
    }
}
