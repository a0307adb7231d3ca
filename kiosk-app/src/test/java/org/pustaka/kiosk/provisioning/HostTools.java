package org.pustaka.kiosk.provisioning;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the provisioning tests need from the machine: the repository, the packaged jar, the Debian tools,
 * and a way to run a command and keep its output. A missing tool fails the test with a sentence naming
 * the package to install; it never skips, so a CI without the tool cannot pass by testing nothing.
 */
final class HostTools {
    private HostTools() {
    }

    /** The result of one command: exit code, standard output and standard error. */
    record Result(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    static Path repo() {
        String repo = System.getProperty("kiosk.repo");
        if (repo == null) {
            throw new AssertionError("The system property kiosk.repo is not set: run these tests with"
                    + " 'mvn verify' (failsafe sets it) or './kiosk test'.");
        }
        return Path.of(repo).toAbsolutePath().normalize();
    }

    static Path jar() {
        String jar = System.getProperty("kiosk.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new AssertionError("The packaged jar (system property kiosk.jar = " + jar + ") is missing:"
                    + " these tests run after 'mvn package'.");
        }
        return Path.of(jar);
    }

    static Path provisioning() {
        return repo().resolve("provisioning");
    }

    /** Fails unless {@code command} is on the PATH; {@code debianPackage} is what provides it. */
    static void require(String command, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        throw new AssertionError(command + " is not installed, and the provisioning tests need it: install it"
                + " with 'apt-get install " + debianPackage + "' (./kiosk test does this).");
    }

    static Result run(List<String> command) {
        return run(command, null, Map.of());
    }

    /** Runs a command to its end (at most five minutes, a guard against hangs) with stdin closed. */
    static Result run(List<String> command, Path workDir, Map<String, String> environment) {
        try {
            Path out = Files.createTempFile("provisioning-out", ".txt");
            Path err = Files.createTempFile("provisioning-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                if (workDir != null) {
                    builder.directory(workDir.toFile());
                }
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("Still running after five minutes, stopped: " + command);
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command, e);
        }
    }

    /** Runs a command that must succeed, and returns its standard output. */
    static String ok(String... command) {
        Result result = run(List.of(command));
        if (result.exit() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed with exit code " + result.exit()
                    + ":\n" + result.both());
        }
        return result.out();
    }

    /** Builds the .deb with build-deb.sh into {@code outDir} and returns its path. */
    static Path buildDeb(Path outDir, String... extraArguments) {
        require("dpkg-deb", "dpkg");
        List<String> command = new ArrayList<>(List.of(provisioning().resolve("build-deb.sh").toString(),
                "--out", outDir.toString(), "--jar", jar().toString()));
        command.addAll(List.of(extraArguments));
        Result result = run(command);
        if (result.exit() != 0) {
            throw new AssertionError("build-deb.sh failed with exit code " + result.exit() + ":\n" + result.both());
        }
        Path deb = Path.of(result.out().strip());
        if (!Files.isRegularFile(deb)) {
            throw new AssertionError("build-deb.sh printed " + result.out().strip() + ", which is not a file.");
        }
        return deb;
    }

    /** The project version from the parent pom, as the package spells it. */
    static String pomVersion() {
        try {
            String pom = Files.readString(repo().resolve("pom.xml"));
            int parent = pom.indexOf("<artifactId>pustaka-kiosk-parent</artifactId>");
            int start = pom.indexOf("<version>", parent) + "<version>".length();
            return pom.substring(start, pom.indexOf("</version>", start)).replace('-', '~');
        } catch (IOException e) {
            throw new AssertionError("Cannot read pom.xml: " + e.getMessage(), e);
        }
    }
}
