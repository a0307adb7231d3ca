package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2LogMask;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.SummaryList;
import org.pustaka.kiosk.logging.SecretMaskingConverter;

/** The terminal password travels in AC on every request the kiosk sends, and never reaches a log line. */
class Sip2RequestsTest {
    private static final String TERMINAL = "Term-9xQ";
    private static final Sip2Codec CODEC = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), true);
    private static final PatronCredentials SITI = new PatronCredentials("2024000123", "1234");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 10, 0);

    @Test
    void everyRequestCarriesTheConfiguredTerminalPassword() {
        Sip2Requests requests = Sip2Requests.of(new Sip2ClientOptions("kiosk", "pw", "MLG-01", "MLG", 1000, 1,
                TERMINAL));
        for (Sip2Message m : all(requests)) {
            String line = new String(CODEC.encode(m, 3), StandardCharsets.UTF_8);
            assertThat(line).as("%s", m.type()).contains("|AC" + TERMINAL + "|");
        }
    }

    @Test
    void withoutAConfiguredPasswordTheFieldIsSentEmpty() {
        Sip2Requests requests = Sip2Requests.of(new Sip2ClientOptions("kiosk", "pw", "MLG-01", "MLG", 1000, 1, ""));
        for (Sip2Message m : all(requests)) {
            String line = new String(CODEC.encode(m, 3), StandardCharsets.UTF_8);
            assertThat(line).as("%s", m.type()).contains("|AC|");
        }
    }

    @Test
    void theEncodedLinesKeepThePasswordOutOfLogs() {
        Sip2Requests requests = new Sip2Requests("MLG", "MLG-01", TERMINAL);
        for (Sip2Message m : all(requests)) {
            String line = new String(CODEC.encode(m, 3), StandardCharsets.UTF_8);
            assertThat(Sip2LogMask.forLog(line)).doesNotContain(TERMINAL).contains("AC****");
            assertThat(SecretMaskingConverter.mask("SIP2 -> " + line)).doesNotContain(TERMINAL);
        }
        assertThat(SecretMaskingConverter.mask("sip2.terminalPassword=" + TERMINAL)).doesNotContain(TERMINAL);
        assertThat(new Sip2ClientOptions("u", "p", "l", "i", 1, 1, TERMINAL).toString()).doesNotContain(TERMINAL);
    }

    private static List<Sip2Message> all(Sip2Requests r) {
        TransactionOptions o = new TransactionOptions(UUID.randomUUID(), Instant.now(), false);
        return List.of(r.patronInformation(SITI, null, NOW), r.patronInformation(SITI, SummaryList.CHARGED_ITEMS, NOW),
                r.checkout(SITI, "30000101", o, NOW), r.checkin("30000101", o, NOW), r.renew(SITI, "30000101", o, NOW),
                r.renewAll(SITI, NOW), r.item("30000101", NOW), r.endSession(SITI, NOW));
    }
}
