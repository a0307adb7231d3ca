package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shell script of the provisioning passes shellcheck; the repository's launcher too. */
class ShellScriptsIT {

    @Test
    void provisioningScriptsPassShellcheckWithEveryCheckOn() throws IOException {
        HostTools.require("shellcheck", "shellcheck");
        List<Path> scripts = provisioningScripts();
        assertThat(scripts).extracting(p -> p.getFileName().toString()).contains("build-deb.sh", "provision.sh",
                "postinst", "prerm", "postrm", "kiosk", "pustaka-kiosk-health");

        List<String> command = new ArrayList<>(List.of("shellcheck", "--severity=style", "--external-sources"));
        scripts.forEach(p -> command.add(p.toString()));
        HostTools.Result result = HostTools.run(command);
        assertThat(result.exit()).as("shellcheck found problems:\n%s", result.both()).isZero();
    }

    @Test
    void theLauncherPassesShellcheckAtWarningLevel() {
        HostTools.require("shellcheck", "shellcheck");
        // The launcher has one deliberate unquoted expansion (SC2086, info level) for KIOSK_JAVA_OPTS;
        // warnings and errors still fail.
        HostTools.Result result = HostTools.run(List.of("shellcheck", "--severity=warning",
                HostTools.repo().resolve("kiosk").toString()));
        assertThat(result.exit()).as("shellcheck on ./kiosk:\n%s", result.both()).isZero();
    }

    @Test
    void shellcheckReallyReportsProblems() throws IOException {
        HostTools.require("shellcheck", "shellcheck");
        Path bad = Files.createTempFile("bad", ".sh");
        try {
            Files.writeString(bad, "#!/bin/sh\nrm -rf $1/data\n");
            HostTools.Result result = HostTools.run(List.of("shellcheck", bad.toString()));
            assertThat(result.exit()).isNotZero();
            assertThat(result.both()).contains("SC2086");
        } finally {
            Files.delete(bad);
        }
    }

    /** Files under provisioning/ (not target/) that start with a shell shebang. */
    static List<Path> provisioningScripts() throws IOException {
        Path base = HostTools.provisioning();
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !base.relativize(p).startsWith("target"))
                    .filter(ShellScriptsIT::hasShellShebang)
                    .sorted()
                    .toList();
        }
    }

    private static boolean hasShellShebang(Path file) {
        try {
            byte[] head = new byte[32];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.read(head);
            }
            String first = n <= 0 ? "" : new String(head, 0, n, StandardCharsets.ISO_8859_1);
            return first.startsWith("#!/bin/sh") || first.startsWith("#!/bin/bash")
                    || first.startsWith("#!/usr/bin/env bash") || first.startsWith("#!/usr/bin/env sh");
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
