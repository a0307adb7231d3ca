package org.pustaka.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class Sip2SettingsTest {

    @Test
    void theTerminalPasswordIsEmptyUnlessConfigured() throws Exception {
        assertThat(KioskConfig.from(props("kiosk.id=MLG-01"), Map.of()).sip2().terminalPassword()).isEmpty();
    }

    @Test
    void theTerminalPasswordIsReadFromTheFileOrTheEnvironmentAndNeverShown() throws Exception {
        KioskConfig c = KioskConfig.from(props("kiosk.id=MLG-01\nsip2.terminalPassword=Term-9xQ"), Map.of());
        assertThat(c.sip2().terminalPassword()).isEqualTo("Term-9xQ");
        assertThat(c.maskedView()).containsEntry("sip2.terminalPassword", "****");
        assertThat(c.toString()).doesNotContain("Term-9xQ");
        assertThat(c.sip2().toString()).doesNotContain("Term-9xQ").contains("terminalPassword=****");

        KioskConfig env = KioskConfig.from(props("kiosk.id=MLG-01"), Map.of("PUSTAKA_SIP2_TERMINALPASSWORD", "E-77"));
        assertThat(env.sip2().terminalPassword()).isEqualTo("E-77");
    }

    private static Properties props(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }
}
