package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.ReplayState;

class ReportsTest {
    private final Reports reports = new Reports("MLG-01");

    private static JournalEntry entry(String title) {
        return JournalEntry.intent(UUID.randomUUID(), JournalKind.CHECKOUT, "30000101", List.of("E004015000010101"),
                "2024000123", title, Instant.parse("2026-11-28T03:00:00Z"))
                .withLibraryAnswer(title, LocalDate.of(2026, 12, 12), "", "", false)
                .withOffline(ReplayState.QUEUED).with(JournalState.TAG_DONE, "", Instant.parse("2026-11-28T03:00:01Z"));
    }

    @Test
    void reportIsValidJsonWithEveryFieldAndNoPatron() throws Exception {
        JournalEntry e = entry("Kata \"kutipan\" \\ garis\nbaru\u0001");
        OutboxRecord r = reports.of(e);

        JsonNode json = new ObjectMapper().readTree(r.payload());

        assertThat(r.id()).isEqualTo(e.id());
        assertThat(r.kind()).isEqualTo("transaction");
        assertThat(json.get("id").asText()).isEqualTo(e.id().toString());
        assertThat(json.get("type").asText()).isEqualTo("CHECKOUT");
        assertThat(json.get("itemId").asText()).isEqualTo("30000101");
        assertThat(json.get("title").asText()).isEqualTo("Kata \"kutipan\" \\ garis\nbaru\u0001");
        assertThat(json.get("occurredAt").asText()).isEqualTo("2026-11-28T03:00:00Z");
        assertThat(json.get("outcome").asText()).isEqualTo("DONE");
        assertThat(json.get("offline").asBoolean()).isTrue();
        assertThat(json.get("kioskId").asText()).isEqualTo("MLG-01");
        assertThat(json.get("dueDate").asText()).isEqualTo("2026-12-12");
        assertThat(r.payload()).doesNotContain("2024000123");
        // the central catalog API's own reader takes it as it is
        var report = org.pustaka.kiosk.library.http.ApiJson.mapper().readValue(r.payload(),
                org.pustaka.catalog.api.TransactionReport.class);
        assertThat(report.type()).isEqualTo("CHECKOUT");
        assertThat(report.outcome()).isEqualTo("DONE");
    }

    @Test
    void replayReportHasItsOwnStableId() throws Exception {
        JournalEntry e = entry("Laskar Pelangi");

        OutboxRecord first = reports.replayOf(e, true);
        OutboxRecord again = reports.replayOf(e, true);

        assertThat(first.id()).isEqualTo(again.id()).isNotEqualTo(e.id());
        assertThat(new ObjectMapper().readTree(first.payload()).get("detail").asText()).isEqualTo("replay of " + e.id());
    }
}
