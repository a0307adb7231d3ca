package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.store.jdbc.Database;

class DemoEventsScenarioTest {
    @TempDir
    Path dir;

    @Test
    void signsUpJoinsAWaitlistBooksAVisitAndLooksItUp() throws Exception {
        StringWriter text = new StringWriter();
        int exit;
        try (Database db = Database.open(dir)) {
            exit = DemoEventsScenario.run(KioskConfig.demo(dir, Map.of("PUSTAKA_KIOSK_LANGUAGE", "en")), db,
                    null, new PrintWriter(text));
        }
        String out = text.toString();
        assertThat(exit).isZero();
        assertThat(out).contains("-> CONFIRMED", "then cancels", "-> CANCELLED", "-> WAITLISTED at position 1", "Waiting list number 1", "booked: code KS-",
                "SCHOOL VISIT SLIP", "[QR KS-", "look-up by \"ks ");
        assertThat(out).containsPattern("look-up by \"ks [a-z0-9]{4}\": KS-[A-Z0-9]{4} CONFIRMED for SD Negeri Kauman 1 Malang");
    }
}
