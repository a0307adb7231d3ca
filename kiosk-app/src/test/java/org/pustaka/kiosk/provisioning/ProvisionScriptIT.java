package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * provision.sh against a directory tree ({@code --root}): the files it writes, the plan of system
 * actions, idempotence (a second run leaves every byte and mode as it was), {@code --dry-run} and
 * enrollment through a stand-in kiosk command.
 */
class ProvisionScriptIT {
    private static final String CMDLINE = "console=serial0,115200 console=tty1 root=PARTUUID=4e639091-02 rootfstype=ext4 fsck.repair=yes rootwait quiet\n";

    @TempDir
    Path work;
    private Path root;
    private Path deb;

    @BeforeEach
    void freshSystem() throws IOException {
        root = Files.createDirectories(work.resolve("root"));
        Files.createDirectories(root.resolve("boot/firmware"));
        Files.writeString(root.resolve("boot/firmware/cmdline.txt"), CMDLINE);
        deb = Files.writeString(work.resolve("pustaka-kiosk_9.9.9_all.deb"), "not installed by --root runs");
    }

    @Test
    void writesTheConfigurationSecretsSessionSettingsAndThePlan() throws IOException, ConfigException {
        HostTools.Result result = provision("--kiosk-id", "MLG-01", "--catalog-url", "https://katalog.example/api/v1",
                "--set", "sip2.host=10.1.2.3", "--set", "sip2.password=rahasia-sip2", "--set", "library.type=sip2");
        assertThat(result.exit()).as(result.both()).isZero();

        Path config = root.resolve("etc/pustaka-kiosk/kiosk.properties");
        assertThat(mode(config)).isEqualTo("rw-r-----");
        assertThat(config).content().contains("\nkiosk.id=MLG-01\n", "\ncatalog.url=https://katalog.example/api/v1/\n",
                "\nsip2.host=10.1.2.3\n", "\nrfid.port=/dev/pustaka-rfid\n").doesNotContain("rahasia");
        Path secrets = root.resolve("etc/pustaka-kiosk/secrets.env");
        assertThat(mode(secrets)).isEqualTo("rw-------");
        assertThat(secrets).content().contains("\nPUSTAKA_SIP2_PASSWORD='rahasia-sip2'\n");
        assertThat(result.both()).doesNotContain("rahasia");

        // The application accepts what was written, with the secrets as the service passes them.
        KioskConfig loaded = KioskConfig.load(config, secretsAsEnvironment(secrets));
        assertThat(loaded.kiosk().id()).isEqualTo("MLG-01");
        assertThat(loaded.sip2().password()).isEqualTo("rahasia-sip2");
        assertThat(loaded.catalog().url()).hasToString("https://katalog.example/api/v1/");
        assertThat(loaded.ui().fullScreen()).isTrue();

        assertThat(root.resolve("boot/firmware/cmdline.txt")).hasContent(CMDLINE.strip() + " consoleblank=0");
        assertThat(root.resolve("etc/systemd/system.conf.d/pustaka-kiosk-watchdog.conf")).content()
                .contains("[Manager]\nRuntimeWatchdogSec=10s\n");
        assertThat(mode(root.resolve("var/lib/pustaka-kiosk"))).isEqualTo("rwxr-x---");

        List<String> plan = Files.readAllLines(root.resolve("pustaka-kiosk-provision.plan"));
        assertThat(plan).containsSubsequence(
                "apt-get update",
                "apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef"
                        + " -o Dpkg::Options::=--force-confold " + deb.toRealPath(),
                "systemctl daemon-reload",
                "systemctl set-default graphical.target",
                "systemctl disable display-manager.service",
                "systemctl enable pustaka-kiosk.service pustaka-kiosk-health.timer",
                "udevadm control --reload-rules",
                "reboot");
        // A --root run performs none of them.
        assertThat(result.both()).doesNotContain("running:");
    }

    @Test
    void aSecondRunWithTheSameAnswersChangesNothing() {
        String[] args = {"--kiosk-id", "MLG-01", "--catalog-url", "https://katalog.example/api/v1/",
            "--set", "session.timeoutSeconds=90", "--set", "catalog.token=abc"};
        assertThat(provision(args).exit()).isZero();
        Map<String, String> first = TreeSnapshot.of(root);

        HostTools.Result again = provision(args);
        assertThat(again.exit()).as(again.both()).isZero();
        assertThat(TreeSnapshot.of(root)).isEqualTo(first);
        assertThat(again.err()).doesNotContain("wrote ");
        assertThat(first).containsKeys("etc/pustaka-kiosk/kiosk.properties", "etc/pustaka-kiosk/secrets.env",
                "etc/systemd/system.conf.d/pustaka-kiosk-watchdog.conf", "boot/firmware/cmdline.txt",
                "var/lib/pustaka-kiosk", "pustaka-kiosk-provision.plan");
    }

    @Test
    void aLaterRunKeepsEarlierAnswersAndChangesOnlyWhatIsGiven() throws IOException {
        assertThat(provision("--kiosk-id", "MLG-01", "--catalog-url", "https://katalog.example/api/v1/").exit()).isZero();
        assertThat(provision("--set", "printer.paperMm=58").exit()).isZero();
        Path config = root.resolve("etc/pustaka-kiosk/kiosk.properties");
        assertThat(config).content().contains("\nkiosk.id=MLG-01\n", "\ncatalog.url=https://katalog.example/api/v1/\n",
                "\nprinter.paperMm=58\n").doesNotContain("printer.paperMm=80");
        assertThat(Files.readString(config).split("kiosk.id=", -1)).hasSize(2);
    }

    @Test
    void dryRunPrintsTheActionsAndChangesNothing() {
        Map<String, String> empty = TreeSnapshot.of(root);
        HostTools.Result dry = provision("--dry-run", "--kiosk-id", "MLG-01");
        assertThat(dry.exit()).as(dry.both()).isZero();
        assertThat(dry.err()).contains("would create " + root + "/etc/pustaka-kiosk/kiosk.properties",
                "would run: systemctl enable pustaka-kiosk.service pustaka-kiosk-health.timer",
                "Dry run: nothing was changed.");
        assertThat(TreeSnapshot.of(root)).isEqualTo(empty);

        assertThat(provision("--kiosk-id", "MLG-01").exit()).isZero();
        Map<String, String> provisioned = TreeSnapshot.of(root);
        HostTools.Result change = provision("--dry-run", "--kiosk-id", "MLG-02", "--set", "sip2.password=x");
        assertThat(change.err()).contains("-kiosk.id=MLG-01", "+kiosk.id=MLG-02", "secrets not shown")
                .doesNotContain("sip2.password=x");
        assertThat(TreeSnapshot.of(root)).isEqualTo(provisioned);
    }

    @Test
    void aDryRunOnThisSystemItselfChangesNothingEither() {
        List<Path> watched = List.of(Path.of("/etc/pustaka-kiosk"), Path.of("/var/lib/pustaka-kiosk"),
                Path.of("/etc/systemd/system.conf.d/pustaka-kiosk-watchdog.conf"));
        Map<Path, Map<String, String>> before = new HashMap<>();
        watched.forEach(p -> before.put(p, Files.exists(p) ? TreeSnapshot.of(p.getParent()) : null));

        HostTools.Result dry = HostTools.run(List.of(HostTools.provisioning().resolve("provision.sh").toString(),
                "--dry-run", "--yes", "--deb", deb.toString(), "--kiosk-id", "MLG-01", "--set", "sip2.password=x"),
                null, Map.of());
        assertThat(dry.exit()).as(dry.both()).isZero();
        assertThat(dry.err()).contains("would run: apt-get install", "would run: systemctl enable pustaka-kiosk.service",
                "Dry run: nothing was changed.").doesNotContain("running:", "wrote ");
        watched.forEach(p -> assertThat(Files.exists(p) ? TreeSnapshot.of(p.getParent()) : null).as(p.toString())
                .isEqualTo(before.get(p)));
    }

    @Test
    void enrollsThroughTheKioskCommandAndKeepsTheTokenSecret() throws IOException {
        Path log = work.resolve("enroll.log");
        Path kiosk = fakeKiosk(true, log);
        String[] args = {"--kiosk-id", "MLG-01", "--catalog-url", "https://katalog.example/api/v1/",
            "--enroll-code", "4821-7730", "--kiosk-bin", kiosk.toString()};

        HostTools.Result result = provision(args);
        assertThat(result.exit()).as(result.both()).isZero();
        Path secrets = root.resolve("etc/pustaka-kiosk/secrets.env");
        assertThat(secrets).content().contains("\nPUSTAKA_CATALOG_TOKEN='tok-4821-7730=='\n");
        assertThat(mode(secrets)).isEqualTo("rw-------");
        assertThat(root.resolve("etc/pustaka-kiosk/kiosk.properties")).content().doesNotContain("tok-");
        assertThat(result.both()).doesNotContain("tok-").doesNotContain("4821-7730");
        assertThat(Files.readAllLines(log)).containsExactly(
                "enroll --url https://katalog.example/api/v1/ --code 4821-7730 --kiosk-id MLG-01");

        Map<String, String> enrolled = TreeSnapshot.of(root);
        HostTools.Result again = provision(args);
        assertThat(again.err()).contains("enrolled already");
        assertThat(Files.readAllLines(log)).hasSize(1);
        assertThat(TreeSnapshot.of(root)).isEqualTo(enrolled);
    }

    @Test
    void aKioskWithoutTheEnrollCommandIsConfiguredAndToldHowToEnrollLater() throws IOException {
        Path log = work.resolve("enroll.log");
        HostTools.Result result = provision("--kiosk-id", "MLG-01", "--catalog-url", "https://katalog.example/",
                "--enroll-code", "4821", "--kiosk-bin", fakeKiosk(false, log).toString());
        assertThat(result.exit()).as(result.both()).isZero();
        assertThat(result.err()).contains("has no 'enroll' command", "--enroll-code CODE");
        assertThat(root.resolve("etc/pustaka-kiosk/secrets.env")).content().doesNotContain("TOKEN");
        assertThat(log).doesNotExist();
    }

    @Test
    void aRootRunWithoutAKioskCommandPlansTheEnrollmentWithTheCodeMasked() throws IOException {
        assertThat(provision("--kiosk-id", "MLG-01", "--catalog-url", "https://katalog.example/",
                "--enroll-code", "4821").exit()).isZero();
        assertThat(Files.readString(root.resolve("pustaka-kiosk-provision.plan")))
                .contains("/opt/pustaka-kiosk/bin/kiosk enroll --url https://katalog.example/ --kiosk-id MLG-01 --code ****")
                .doesNotContain("4821");

        Path other = Files.createDirectories(work.resolve("other"));
        HostTools.Result skipped = HostTools.run(command(other, "--kiosk-id", "MLG-01", "--catalog-url",
                "https://katalog.example/", "--enroll-code", "4821", "--no-enroll"), null, Map.of());
        assertThat(skipped.err()).contains("Enrollment skipped (--no-enroll).");
        assertThat(Files.readString(other.resolve("pustaka-kiosk-provision.plan"))).doesNotContain("enroll");
    }

    @Test
    void badAnswersStopWithASentenceAndExitCode2BeforeAnythingIsWritten() {
        Map<String, String> before = TreeSnapshot.of(root);
        assertBadInput(provision(), "The kiosk id is missing: give --kiosk-id ID");
        assertBadInput(provision("--kiosk-id", "MLG 01!"), "The kiosk id 'MLG 01!' is not valid");
        assertBadInput(provision("--kiosk-id", "MLG-01", "--catalog-url", "katalog.example"),
                "is not valid: give an http:// or https:// address");
        assertBadInput(provision("--kiosk-id", "MLG-01", "--set", "sip2.host"), "write it as KEY=VALUE");
        assertBadInput(provision("--kiosk-id", "MLG-01", "--enroll-code", "1"),
                "An enrollment code needs the central catalog URL");
        assertBadInput(provision("--kiosk-id", "MLG-01", "--frobnicate"), "Unknown option '--frobnicate'");
        assertThat(TreeSnapshot.of(root)).isEqualTo(before);
    }

    private void assertBadInput(HostTools.Result result, String sentence) {
        assertThat(result.exit()).as(result.both()).isEqualTo(2);
        assertThat(result.err()).contains(sentence);
    }

    private HostTools.Result provision(String... args) {
        return HostTools.run(command(root, args), null, Map.of());
    }

    private List<String> command(Path tree, String... args) {
        List<String> command = new ArrayList<>(List.of(HostTools.provisioning().resolve("provision.sh").toString(),
                "--root", tree.toString(), "--yes", "--deb", deb.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** A stand-in for the kiosk command: lists an enroll command or not, and writes a config with a token. */
    private Path fakeKiosk(boolean hasEnroll, Path log) throws IOException {
        Path script = work.resolve(hasEnroll ? "kiosk-with-enroll" : "kiosk-without-enroll");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = --help ]; then
                  printf 'Usage: kiosk [-hV] [COMMAND]\\nCommands:\\n  demo      The kiosk on simulated devices.\\n'
                  %s
                  exit 0
                fi
                if [ "$1" = enroll ]; then
                  echo "$*" | sed 's/ --write-config .*//' >> '%s'
                  while [ $# -gt 0 ]; do
                    case "$1" in
                      --write-config) file=$2; shift 2 ;;
                      --code) code=$2; shift 2 ;;
                      *) shift ;;
                    esac
                  done
                  printf '{"enrolled":true,"token":"tok-%%s=="}\\n' "$code"
                  printf '#written by enroll\\nkiosk.id=MLG-01\\ncatalog.url=https\\\\://katalog.example/api/v1/\\ncatalog.token=tok-%%s\\\\=\\\\=\\n' "$code" > "$file"
                  exit 0
                fi
                echo "Unmatched argument: $1" >&2
                exit 2
                """.formatted(hasEnroll ? "printf '  enroll    Registers this kiosk with the central catalog.\\n'" : ":", log));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static Map<String, String> secretsAsEnvironment(Path secrets) throws IOException {
        Map<String, String> environment = new HashMap<>();
        for (String line : Files.readAllLines(secrets)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                environment.put(line.substring(0, eq), line.substring(eq + 2, line.length() - 1));
            }
        }
        return environment;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
