package org.pustaka.kiosk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.Main;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * Runs the whole headless demo as a visitor would meet it (its own JVM, logging as installed, with a SIP2
 * password, a SIP2 terminal password and a catalog token configured) and then reads every log file it
 * wrote and everything it printed: no PIN of the demo library's patrons, no SIP2 password, no terminal
 * password and no catalog token may appear.
 * A PIN counts when it stands as a number of its own or as the SIP2 patron-password field (AD).
 */
class SecretsNeverLoggedTest {
    private static final List<String> DEMO_PINS = List.of("1234", "4321", "1111", "2222", "3333", "5555");
    private static final String SIP2_PASSWORD = "Rahasia-SIP2-7q";
    private static final String CATALOG_TOKEN = "tok_9fKp2LmW8xQz";
    private static final String TERMINAL_PASSWORD = "Term-AC-5vR2";

    @TempDir
    Path dir;

    @Test
    void aFullDemoRunLeavesNoSecretInLogsOrOutput() throws Exception {
        Path config = writeConfig();
        Path data = dir.resolve("data");
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Dkiosk.consoleLevel=INFO", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--headless", "--config", config.toString(), "--data-dir", data.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the demo finished").isTrue();
        assertThat(p.exitValue()).as("demo exit code; stderr: %s", Files.readString(stderr)).isZero();
        assertThat(Files.readString(stderr)).as("the demo ran to its receipt").contains("[demo] receipt:");

        List<Path> scanned = new ArrayList<>(List.of(stdout, stderr));
        try (Stream<Path> files = Files.walk(data)) {
            files.filter(f -> f.toString().contains("log") && Files.isRegularFile(f)).forEach(scanned::add);
        }
        assertThat(scanned).as("the demo's log file").anyMatch(f -> f.getFileName().toString().equals("kiosk.log"));
        for (Path file : scanned) {
            String text = read(file);
            assertThat(text).as("%s", file).doesNotContain(SIP2_PASSWORD).doesNotContain(CATALOG_TOKEN)
                    .doesNotContain(TERMINAL_PASSWORD);
            for (String pin : DEMO_PINS) {
                assertThat(Pattern.compile("(?<![0-9A-Za-z-])" + pin + "(?![0-9A-Za-z-])|AD" + pin + "(?![0-9])")
                        .matcher(text).find()).as("PIN %s in %s", pin, file).isFalse();
            }
        }
    }

    /** The built-in demo configuration, plus credentials that a real installation would have. */
    private Path writeConfig() throws IOException {
        Properties p = new Properties();
        try (InputStream in = KioskConfig.class.getResourceAsStream("demo.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        p.putAll(Map.of("sip2.user", "kiosk-mlg", "sip2.password", SIP2_PASSWORD, "catalog.token", CATALOG_TOKEN,
                "sip2.terminalPassword", TERMINAL_PASSWORD));
        Path file = dir.resolve("kiosk.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, null);
        }
        return file;
    }

    private static String read(Path file) throws IOException {
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
