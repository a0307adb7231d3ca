package org.pustaka.kiosk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.ConfigProblem;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * {@code KioskConfig.from} with random properties and environment overrides gives a configuration or a
 * {@link ConfigException} whose problems each name a key and say what is wanted; nothing else escapes.
 * Keys are drawn from the real ones (so the validation of each value is reached) and a few unknown ones;
 * values from the shapes operators type (numbers out of range, hex, paths, URLs, blanks, junk).
 */
class KioskConfigFuzzTest {
    private static final List<String> KEYS = List.of("kiosk.id", "kiosk.dataDir", "kiosk.language", "kiosk.zone",
            "kiosk.libraryName", "library.type", "sip2.host", "sip2.port", "sip2.tls", "sip2.truststore",
            "sip2.user", "sip2.password", "sip2.location", "sip2.institution", "sip2.charset", "sip2.errorDetection",
            "sip2.connectTimeoutMillis", "sip2.readTimeoutMillis", "sip2.retries", "catalog.url", "catalog.token",
            "catalog.truststore", "catalog.heartbeatSeconds", "catalog.batchSize", "catalog.retryAttempts",
            "rfid.driver", "rfid.port", "rfid.baud", "rfid.dataBits", "rfid.parity", "rfid.stopBits",
            "rfid.busAddress", "rfid.pollMillis", "rfid.afiOnLoan", "rfid.afiInStock", "rfid.writeRetries",
            "rfid.missesBeforeLeft", "rfid.responseTimeoutMillis", "rfid.blockBytesMsbFirst", "printer.driver",
            "printer.port", "printer.width", "printer.codePage", "gpio.driver", "session.timeoutSeconds",
            "session.pinRequired", "session.fineLimit", "offline.checkoutAllowed", "offline.checkinAllowed",
            "offline.maxItemsPerPatron", "offline.knownPatronsOnly", "offline.maxQueued", "offline.loanDays",
            "offline.issueUsages", "offline.returnUsages", "offline.retrySeconds", "ui.theme", "ui.scale",
            "ui.fullScreen", "ui.largeText", "diagnostics.pinHash", "unknown.key", "");

    @Property(tries = 10_000)
    void anyPropertiesGiveAConfigOrProblemsWithSentences(@ForAll("properties") Properties p,
                                                        @ForAll("environment") Map<String, String> env) {
        try {
            KioskConfig config = KioskConfig.from(p, env);
            assertThat(config.kiosk()).isNotNull();
            assertThat(config.sip2()).isNotNull();
            assertThat(config.rfid()).isNotNull();
        } catch (ConfigException e) {
            assertThat(e.problems()).isNotEmpty();
            for (ConfigProblem problem : e.problems()) {
                assertThat(problem.describe()).isNotBlank();
            }
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
        Arbitrary<String> name = Arbitraries.of(KEYS).map(k -> "KIOSK_" + k.toUpperCase().replace('.', '_'));
        return Arbitraries.maps(name, values()).ofMaxSize(3);
    }

    private Arbitrary<Map.Entry<String, String>> entry() {
        return Combinators.combine(Arbitraries.of(KEYS), values()).as(Map::entry);
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
