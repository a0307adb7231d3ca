package org.pustaka.kiosk.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.library.http.TestSettings;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;

class OutboxSenderTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private Database db;
    private JdbcOutboxStore store;
    private CentralCatalogClient client;
    private CatalogSettings settings;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        store = new JdbcOutboxStore(db);
        settings = TestSettings.forBase(wm.baseUrl());
        client = new CentralCatalogClient(settings, "MLG-01");
    }

    @AfterEach
    void close() {
        client.close();
        db.close();
    }

    @Test
    void partialAcceptanceMarksSentAndKeepsRejectedWithTheReason() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        for (UUID id : List.of(a, b, c)) {
            store.enqueue(OutboxFixture.transaction(id, "31000100001", "Laskar Pelangi"));
        }
        wm.stubFor(post("/api/v1/kiosks/MLG-01/transactions").willReturn(okJson("{\"accepted\":[\"" + a + "\",\"" + c
                + "\"],\"rejected\":[{\"id\":\"" + b + "\",\"code\":\"ITEM_UNKNOWN\",\"message\":{\"id\":\"Buku tidak dikenal\","
                + "\"en\":\"Unknown item 31000100001\"}}]}")));
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            SendReport r = sender.sendNow();
            assertThat(r.accepted()).isEqualTo(2);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.stillPending()).isZero();
            sender.sendNow();
        }
        Map<UUID, String> states = OutboxFixture.states(db);
        assertThat(states.get(a)).startsWith("SENT|");
        assertThat(states.get(c)).startsWith("SENT|");
        assertThat(states.get(b)).isEqualTo("REJECTED|ITEM_UNKNOWN: Unknown item 31000100001");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/transactions")));
    }

    @Test
    void idsTheServerDidNotMentionStayPending() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        store.enqueue(OutboxFixture.transaction(a, "1", "T"));
        store.enqueue(OutboxFixture.transaction(b, "2", "T"));
        wm.stubFor(post("/api/v1/kiosks/MLG-01/transactions").willReturn(okJson("{\"accepted\":[\"" + a + "\"]}")));
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            sender.sendNow();
        }
        assertThat(OutboxFixture.states(db).get(b)).startsWith("PENDING");
    }

    @Test
    void patronNumbersNeverLeaveInReports() throws Exception {
        UUID id = UUID.randomUUID();
        store.enqueue(OutboxRecord.pending(id, OutboxKinds.TRANSACTION, "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"CHECKOUT\","
                + "\"itemId\":\"31000100001\",\"patronId\":\"2024000123\",\"occurredAt\":\"2026-11-28T03:00:00Z\","
                + "\"outcome\":\"ACCEPTED\"}", Instant.now()));
        wm.stubFor(post("/api/v1/kiosks/MLG-01/transactions").willReturn(okJson("{\"accepted\":[\"" + id + "\"]}")));
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            assertThat(sender.sendNow().accepted()).isEqualTo(1);
        }
        String body = wm.findAll(postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/transactions"))).get(0).getBodyAsString();
        assertThat(body).doesNotContain("2024000123").doesNotContain("patronId");
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/transactions"))
                .withRequestBody(matchingJsonPath("$.items[0].id", equalTo(id.toString()))));
    }

    @Test
    void aPayloadThatCannotBeSentIsRejectedLocallyAndDoesNotBlockTheRest() throws Exception {
        UUID bad = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        store.enqueue(OutboxRecord.pending(bad, OutboxKinds.TRANSACTION, "not json", Instant.now()));
        store.enqueue(OutboxFixture.transaction(good, "31000100001", "Laskar Pelangi"));
        wm.stubFor(post("/api/v1/kiosks/MLG-01/transactions").willReturn(okJson("{\"accepted\":[\"" + good + "\"]}")));
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            sender.sendNow();
        }
        assertThat(OutboxFixture.states(db).get(bad)).startsWith("REJECTED|INVALID_PAYLOAD");
        assertThat(OutboxFixture.states(db).get(good)).startsWith("SENT|");
    }

    @Test
    void anAcceptedIdIsNotSentAgainWhenMarkingItFailedOnce() throws Exception {
        UUID id = UUID.randomUUID();
        store.enqueue(OutboxFixture.transaction(id, "31000100001", "Laskar Pelangi"));
        wm.stubFor(post("/api/v1/kiosks/MLG-01/transactions").willReturn(okJson("{\"accepted\":[\"" + id + "\"]}")));
        AtomicBoolean failNextMark = new AtomicBoolean(true);
        OutboxStore flaky = new OutboxStore() {
            @Override
            public void enqueue(OutboxRecord record) {
                store.enqueue(record);
            }

            @Override
            public List<OutboxRecord> pending(String kind, int max) {
                return store.pending(kind, max);
            }

            @Override
            public void markSent(Collection<UUID> ids) {
                if (failNextMark.getAndSet(false)) {
                    throw new StoreException("disk full");
                }
                store.markSent(ids);
            }

            @Override
            public void markRejected(UUID rid, String reason) {
                store.markRejected(rid, reason);
            }

            @Override
            public void recordAttemptFailed(Collection<UUID> ids, String error) {
                store.recordAttemptFailed(ids, error);
            }

            @Override
            public int depth() {
                return store.depth();
            }
        };
        try (OutboxSender sender = new OutboxSender(flaky, client, settings, null)) {
            assertThat(sender.sendNow().lastError()).contains("disk full");
            sender.sendNow();
        }
        assertThat(OutboxFixture.states(db).get(id)).startsWith("SENT|");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/transactions")));
    }

    @Test
    void registrationsGoOutOneByOneWithTheirMemberNumber() throws Exception {
        RegistrationPayload p = new RegistrationPayload(UUID.randomUUID(), "literasi-digital-2026-12-05", "2024000123", null,
                null, 2, "id");
        store.enqueue(OutboxRecord.pending(p.id(), OutboxKinds.REGISTRATION,
                org.pustaka.kiosk.library.http.ApiJson.text(p), Instant.now()));
        wm.stubFor(post("/api/v1/events/literasi-digital-2026-12-05/registrations").willReturn(okJson("{\"registrationId\":\""
                + p.id() + "\",\"eventId\":\"literasi-digital-2026-12-05\",\"status\":\"WAITLISTED\",\"waitlistPosition\":3}")));
        String[] answer = new String[1];
        try (OutboxSender sender = new OutboxSender(store, client, settings, new DeliveryListener() {
            @Override
            public void accepted(OutboxRecord record, String answerJson) {
                answer[0] = answerJson;
            }
        })) {
            assertThat(sender.sendNow().accepted()).isEqualTo(1);
        }
        assertThat(answer[0]).contains("\"waitlistPosition\":3");
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/events/literasi-digital-2026-12-05/registrations"))
                .withHeader("Idempotency-Key", equalTo(p.id().toString()))
                .withRequestBody(matchingJsonPath("$.memberId", equalTo("2024000123")))
                .withRequestBody(matchingJsonPath("$.partySize", equalTo("2"))));
    }
}
