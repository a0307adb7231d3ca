package org.pustaka.kiosk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.ConfigProblem;
import org.pustaka.kiosk.config.ConfigReader;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * {@code KioskConfig.from} with random properties and environment overrides gives a configuration or a
 * {@link ConfigException} whose problems each name a key and say what is wanted; nothing else escapes.
 * Keys are the ones the configuration really reads (taken from its own effective view, so a new key is
 * fuzzed as soon as it exists) and one unknown key; overrides use the real {@code PUSTAKA_} names.
 * Values come from the shapes operators type (numbers out of range, hex, paths, URLs, blanks, junk).
 * Whatever the outcome, the value that decided it is the override's when there is one.
 */
class KioskConfigFuzzTest {
    private static final List<String> KEYS = keys();
    private static final Set<String> YES = Set.of("true", "yes", "ya", "1", "on");
    private static final Set<String> NO = Set.of("false", "no", "tidak", "0", "off");

    @Property(tries = 10_000)
    void anyPropertiesGiveAConfigOrProblemsWithSentences(@ForAll("properties") Properties p,
                                                        @ForAll("environment") Map<String, String> env) {
        try {
            KioskConfig config = KioskConfig.from(p, env);
            for (String key : KEYS) {
                String winning = winning(p, env, key);
                if (winning != null && !ConfigReader.isSecret(key)) {
                    assertThat(config.maskedView().get(key)).as(key).isEqualToIgnoringCase(asRead(config, key, winning));
                }
            }
        } catch (ConfigException e) {
            assertThat(e.problems()).isNotEmpty();
            for (ConfigProblem problem : e.problems()) {
                assertThat(KEYS).as("a problem names a real key").contains(problem.key());
                assertThat(problem.describe()).startsWith(problem.key() + ": ");
                if (problem.value() != null && winning(p, env, problem.key()) != null) {
                    assertThat(sameValue(problem.value(), winning(p, env, problem.key()))).as(problem.describe()).isTrue();
                }
            }
        }
    }

    @Example
    void anOverrideInTheEnvironmentWinsOverTheFile() throws ConfigException {
        Properties p = new Properties();
        p.setProperty("kiosk.id", "MLG-01");
        p.setProperty("sip2.port", "6001");

        assertThat(KioskConfig.from(p, Map.of("PUSTAKA_SIP2_PORT", "7001")).sip2().port()).isEqualTo(7001);
        assertThatThrownBy(() -> KioskConfig.from(p, Map.of("PUSTAKA_SIP2_PORT", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("sip2.port");
    }

    /** Yes and no words are shown as {@code true} and {@code false}; every other value as written. */
    private static String asRead(KioskConfig config, String key, String winning) {
        String shown = config.maskedView().get(key);
        if ("true".equals(shown) && YES.contains(winning.toLowerCase(Locale.ROOT))
                || "false".equals(shown) && NO.contains(winning.toLowerCase(Locale.ROOT))) {
            return shown;
        }
        return winning;
    }

    /** Equal as written, or the same number (a cross-field check shows a byte as {@code 0x07}). */
    private static boolean sameValue(String shown, String winning) {
        return shown.equalsIgnoreCase(winning) || number(shown) != null && number(shown).equals(number(winning));
    }

    private static Integer number(String v) {
        try {
            return v.toLowerCase(Locale.ROOT).startsWith("0x") ? Integer.parseInt(v.substring(2), 16)
                    : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value the reader should use: the override first, then the file; null when both are blank. */
    private static String winning(Properties p, Map<String, String> env, String key) {
        for (String v : new String[] {env.get(ConfigReader.environmentName(key)), p.getProperty(key)}) {
            if (v != null) {
                return v.trim().isEmpty() ? null : v.trim();
            }
        }
        return null;
    }

    private static List<String> keys() {
        Properties minimal = new Properties();
        minimal.setProperty("kiosk.id", "MLG-01");
        try {
            List<String> keys = new ArrayList<>(KioskConfig.from(minimal, Map.of()).maskedView().keySet());
            assertThat(keys).contains("kiosk.id", "sip2.port", "rfid.afiOnLoan", "printer.device", "offline.issueUsages");
            return List.copyOf(keys);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<Properties> properties() {
        return entry().list().ofMaxSize(12).map(entries -> {
            Properties p = new Properties();
            p.setProperty("kiosk.id", "MLG-01");
            entries.forEach(e -> p.setProperty(e.getKey(), e.getValue()));
            return p;
        });
    }

    @Provide
    Arbitrary<Map<String, String>> environment() {
        Arbitrary<String> name = Arbitraries.of(KEYS).map(ConfigReader::environmentName);
        return Arbitraries.maps(name, values()).ofMaxSize(3);
    }

    private Arbitrary<Map.Entry<String, String>> entry() {
        List<String> withUnknown = new ArrayList<>(KEYS);
        withUnknown.add("unknown.key");
        return Combinators.combine(Arbitraries.of(withUnknown), values()).as(Map::entry);
    }

    private Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "0", "1", "-1", "65536", "99999999999", "0x07", "0xC2", "0xZZ", "true", "false",
                        "yes", "sim", "sip2", "http", "feig", "UTF-8", "IBM850", "EBCDIC", "id", "en", "Asia/Jakarta",
                        "Mars/Olympus", "/tmp/x", "https://katalog.example/api/v1/", "ftp://x", "1,2", "1,,x", "1.5",
                        "NaN", "\u0000", "é"),
                Arbitraries.integers().between(-10, 400_000).map(String::valueOf),
                Arbitraries.strings().ofMaxLength(20));
    }
}
