package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * provisioning/kiosk.properties.example documents every configuration key the application reads, with
 * its real default, in Bahasa Indonesia and English. Keys come from two places: the configuration's own
 * record of every key read, and the key literals in config/*Settings.java.
 */
class KioskPropertiesExampleIT {
    private static final Pattern DOCUMENTED = Pattern.compile("^#([a-z][a-z0-9]*\\.[A-Za-z]+)=(.*)$");
    private static final Pattern READ_IN_SOURCE = Pattern.compile("r\\.[a-zA-Z]+\\(\"([a-z][a-z0-9]*\\.[A-Za-z]+)\"");

    @Test
    void documentsEveryKeyTheSettingsRead() throws IOException, ConfigException {
        Map<String, String> documented = documented();
        Set<String> read = new TreeSet<>(defaults().keySet());
        read.addAll(keysInSettingsSources());
        assertThat(read).hasSizeGreaterThan(50);
        assertThat(documented.keySet()).containsAll(read);
        assertThat(read).containsAll(documented.keySet());
    }

    @Test
    void theDocumentedValuesAreTheRealDefaults() throws IOException, ConfigException {
        Map<String, String> documented = documented();
        Map<String, String> defaults = defaults();
        defaults.forEach((key, value) -> {
            if (!key.equals("kiosk.id")) {
                assertThat(documented.get(key)).as(key).isEqualTo(value);
            }
        });
        assertThat(documented.get("kiosk.id")).isEmpty();
    }

    @Test
    void everyKeyIsExplainedInBothLanguagesAndSecretsPointToTheSecretsFile() throws IOException {
        List<String> lines = Files.readAllLines(example());
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DOCUMENTED.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String block = String.join("\n", lines.subList(Math.max(0, i - 8), i));
            String own = block.substring(block.lastIndexOf("\n\n") + 1);
            assertThat(own).as(key).contains("# ID  ").contains("# EN  ");
            String lower = key.toLowerCase();
            if (lower.endsWith("password") || lower.endsWith("token") || lower.endsWith("pinhash")) {
                assertThat(own).as(key).contains("RAHASIA", "SECRET", "PUSTAKA_");
            }
        }
    }

    /** The effective value of every key read, for a configuration that sets nothing but the kiosk id. */
    private static Map<String, String> defaults() throws ConfigException {
        Properties p = new Properties();
        p.setProperty("kiosk.id", "T");
        Map<String, String> view = new LinkedHashMap<>(KioskConfig.from(p, Map.of()).maskedView());
        view.put("kiosk.id", "");
        return view;
    }

    private static Map<String, String> documented() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(example())) {
            Matcher m = DOCUMENTED.matcher(line);
            if (m.matches()) {
                assertThat(keys.put(m.group(1), m.group(2))).as("documented twice: " + m.group(1)).isNull();
            }
        }
        return keys;
    }

    private static Set<String> keysInSettingsSources() throws IOException {
        Path config = HostTools.repo().resolve("kiosk-app/src/main/java/org/pustaka/kiosk/config");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(config)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Settings.java")).toList()) {
                Matcher m = READ_IN_SOURCE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Path example() {
        return HostTools.provisioning().resolve("kiosk.properties.example");
    }
}
