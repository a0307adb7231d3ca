package org.pustaka.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTheLibrarysOwn() throws Exception {
        KioskConfig c = KioskConfig.from(props("kiosk.id=MLG-01"), Map.of());
        assertThat(c.kiosk().zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(c.kiosk().defaultLanguage()).isEqualTo("id");
        assertThat(c.rfid().afiOnLoan()).isEqualTo(0xC2);
        assertThat(c.rfid().afiInStock()).isEqualTo(0x07);
        assertThat(c.sip2().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(c.session().inactivityTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.catalog().urlIfConfigured()).isEmpty();
        assertThat(c.printer().columns()).isEqualTo(48);
    }

    @Test
    void aMissingRequiredKeyAndAMalformedNumberAreBothNamed() throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "sip2.port=enam ribu\nrfid.afiOnLoan=0xZZ\n");
        assertThatThrownBy(() -> KioskConfig.load(file, Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigProblem::key)
                            .containsExactlyInAnyOrder("kiosk.id", "sip2.port", "rfid.afiOnLoan");
                    assertThat(e.getMessage())
                            .contains("kiosk.id: missing; expected")
                            .contains("sip2.port: \"enam ribu\" is not valid; expected a whole number from 1 to 65535");
                });
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        KioskConfig c = KioskConfig.from(props("kiosk.id=MLG-01\nsip2.port=6001"),
                Map.of("PUSTAKA_SIP2_PORT", "7000", "PUSTAKA_KIOSK_LANGUAGE", "en"));
        assertThat(c.sip2().port()).isEqualTo(7000);
        assertThat(c.kiosk().defaultLanguage()).isEqualTo("en");
    }

    @Test
    void crossFieldRulesAreChecked() {
        assertThatThrownBy(() -> KioskConfig.from(props("""
                kiosk.id=MLG-01
                rfid.afiOnLoan=0x07
                session.timeoutSeconds=20
                session.warningSeconds=30
                catalog.url=ftp://katalog
                """), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::key)
                        .containsExactlyInAnyOrder("rfid.afiOnLoan", "session.warningSeconds", "catalog.url"));
    }

    @Test
    void choicesAndBooleansSayWhatIsAllowed() {
        assertThatThrownBy(() -> KioskConfig.from(props("kiosk.id=MLG-01\nlibrary.type=z3950\nsip2.tls=mungkin"),
                Map.of()))
                .hasMessageContaining("library.type: \"z3950\" is not valid; expected one of sim, sip2, http")
                .hasMessageContaining("sip2.tls: \"mungkin\" is not valid; expected true or false");
    }

    @Test
    void secretsAreMaskedInTheView() throws Exception {
        KioskConfig c = KioskConfig.from(props("""
                kiosk.id=MLG-01
                sip2.password=rahasia
                catalog.token=abc.def.ghi
                diagnostics.pinHash=$argon2id$v=19$xyz
                """), Map.of());
        assertThat(c.maskedView())
                .containsEntry("sip2.password", "****")
                .containsEntry("catalog.token", "****")
                .containsEntry("diagnostics.pinHash", "****")
                .containsEntry("kiosk.id", "MLG-01");
        assertThat(c.toString()).doesNotContain("rahasia").doesNotContain("abc.def.ghi");
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        assertThatThrownBy(() -> KioskConfig.load(dir.resolve("nope.properties"), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.problems().get(0).key()).isEqualTo("--config"));
    }

    @Test
    void theDemoConfigurationIsValid() throws Exception {
        KioskConfig c = KioskConfig.demo(dir, Map.of());
        assertThat(c.kiosk().dataDir()).isEqualTo(dir);
        assertThat(c.library().type()).isEqualTo("sim");
    }

    private static Properties props(String text) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(text));
        return p;
    }
}
