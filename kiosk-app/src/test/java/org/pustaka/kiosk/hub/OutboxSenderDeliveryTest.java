package org.pustaka.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.SurveyAnswer;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.catalog.api.sim.SimReceived;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.library.http.TestSettings;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;

/** End to end against the simulated catalog: faults on the way, and still every record arrives exactly once. */
class OutboxSenderDeliveryTest {
    @TempDir
    Path dir;
    private Database db;
    private JdbcOutboxStore store;
    private SimCentralCatalog sim;
    private CentralCatalogClient client;
    private CatalogSettings settings;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        store = new JdbcOutboxStore(db);
        sim = new SimCentralCatalog(TestSettings.TOKEN, 20261128L);
        settings = TestSettings.forBase(sim.start().toString());
        client = new CentralCatalogClient(settings, "MLG-01");
    }

    @AfterEach
    void close() {
        client.close();
        sim.close();
        db.close();
    }

    @Test
    void everyRecordIsDeliveredExactlyOnceThrough503sAndDroppedConnections() throws Exception {
        List<UUID> transactions = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            UUID id = UUID.randomUUID();
            transactions.add(id);
            store.enqueue(OutboxFixture.transaction(id, "3100010" + String.format("%04d", i), "Judul " + (i % 7)));
        }
        List<UUID> surveys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            SurveyAnswer a = new SurveyAnswer(UUID.randomUUID(), Instant.now(), 1 + i % 5, "id", "BORROW");
            surveys.add(a.id());
            store.enqueue(OutboxRecord.pending(a.id(), OutboxKinds.SURVEY, ApiJson.text(a), Instant.now()));
        }
        List<UUID> registrations = new ArrayList<>();
        String event = sim.data().eventIds().get(0);
        for (int i = 0; i < 12; i++) {
            RegistrationPayload p = new RegistrationPayload(UUID.randomUUID(), event, null, "Tamu " + i, "0812345678" + i, 1, "id");
            registrations.add(p.id());
            store.enqueue(OutboxRecord.pending(p.id(), OutboxKinds.REGISTRATION, ApiJson.text(p), Instant.now()));
        }
        List<String> slots = sim.data().slotIds();
        for (int i = 0; i < 6; i++) {
            VisitBookingRequest v = new VisitBookingRequest(UUID.randomUUID(), slots.get(i), "SDN " + i, "2053376" + i,
                    "Guru " + i, "081234567890", "", 25, "5", "");
            store.enqueue(OutboxRecord.pending(v.id(), OutboxKinds.VISIT, ApiJson.text(v), Instant.now()));
        }
        sim.failShare(0.3).dropShare(0.2);

        List<String> told = new CopyOnWriteArrayList<>();
        try (OutboxSender sender = new OutboxSender(store, client, settings, new DeliveryListener() {
            @Override
            public void accepted(OutboxRecord record, String answerJson) {
                told.add(record.id().toString());
            }
        })) {
            int rounds = 0;
            while (store.depth() > 0 && rounds++ < 300) {
                sender.sendNow();
            }
            assertThat(store.depth()).isZero();
            assertThat(sender.sendNow().accepted()).isZero();
        }

        assertThat(sim.data().storedIds("transactions")).containsExactlyInAnyOrderElementsOf(transactions);
        assertThat(sim.data().storedIds("survey-answers")).containsExactlyInAnyOrderElementsOf(surveys);
        registrations.forEach(id -> assertThat(sim.data().registrationStatus(id)).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(sim.data().bookingCount()).isEqualTo(6);
        assertThat(OutboxFixture.states(db).values()).allSatisfy(s -> assertThat(s).startsWith("SENT|"));
        assertThat(told).doesNotHaveDuplicates().hasSize(150 + 30 + 12 + 6);

        List<SimReceived> withId = sim.received().stream().filter(r -> !r.id().isEmpty()).toList();
        Map<String, Long> applied = withId.stream().filter(r -> !r.duplicate() && r.status() < 300)
                .collect(Collectors.groupingBy(SimReceived::id, Collectors.counting()));
        assertThat(applied).hasSize(150 + 30 + 12 + 6).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        assertThat(withId).as("lost answers made the kiosk repeat some ids").anyMatch(SimReceived::duplicate);
        assertThat(sim.received()).anyMatch(r -> r.status() == 503).anyMatch(r -> r.status() == 0);

        Set<String> firstSeen = new LinkedHashSet<>();
        withId.stream().filter(r -> r.path().endsWith("/transactions")).forEach(r -> firstSeen.add(r.id()));
        assertThat(new ArrayList<>(firstSeen)).as("transactions arrive in the order they happened")
                .containsExactlyElementsOf(transactions.stream().map(UUID::toString).toList());
    }

    @Test
    void scheduledRoundsDrainTheOutboxOnTheirOwn() {
        for (int i = 0; i < 10; i++) {
            store.enqueue(OutboxFixture.transaction(UUID.randomUUID(), "I" + i, "T"));
        }
        sim.failShare(0.5);
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            sender.start();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> store.depth() == 0);
        }
        assertThat(sim.data().storedIds("transactions")).hasSize(10);
    }

    @Test
    void rejectedTokenKeepsRecordsPendingAndSaysWhy() throws Exception {
        UUID id = UUID.randomUUID();
        store.enqueue(OutboxFixture.transaction(id, "31000100001", "Laskar Pelangi"));
        sim.rejectToken(true);
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            SendReport r = sender.sendNow();
            assertThat(r.failed()).isTrue();
            assertThat(r.stillPending()).isEqualTo(1);
            assertThat(sender.lastError()).contains("token");
            assertThat(sender.consecutiveFailures()).isEqualTo(1);
            assertThat(OutboxFixture.states(db).get(id)).startsWith("PENDING|The central catalog refused the kiosk's token");
            sim.rejectToken(false);
            assertThat(sender.sendNow().accepted()).isEqualTo(1);
            assertThat(sender.lastError()).isEmpty();
        }
        assertThat(OutboxFixture.states(db).get(id)).startsWith("SENT|");
    }

    @Test
    void fullEventAndTakenSlotAreRejectedWithTheAnswerForTheVisitor() throws Exception {
        String event = sim.data().eventIds().stream().filter(e -> e.startsWith("diskusi-buku")).findFirst().orElseThrow();
        sim.data().setSeatsLeft(event, 0);
        RegistrationPayload reg = new RegistrationPayload(UUID.randomUUID(), event, "2024000123", null, null, 1, "id");
        store.enqueue(OutboxRecord.pending(reg.id(), OutboxKinds.REGISTRATION, ApiJson.text(reg), Instant.now()));
        String slot = sim.data().slotIds().get(0);
        VisitBookingRequest first = new VisitBookingRequest(UUID.randomUUID(), slot, "SDN 1", "20533761", "Bu Rina",
                "081234567890", "", 20, "3", "");
        VisitBookingRequest second = new VisitBookingRequest(UUID.randomUUID(), slot, "SDN 2", "20533762", "Pak Joko",
                "081234567891", "", 20, "3", "");
        store.enqueue(OutboxRecord.pending(first.id(), OutboxKinds.VISIT, ApiJson.text(first), Instant.now()));
        store.enqueue(OutboxRecord.pending(second.id(), OutboxKinds.VISIT, ApiJson.text(second), Instant.now()));
        List<String> rejections = new CopyOnWriteArrayList<>();
        try (OutboxSender sender = new OutboxSender(store, client, settings, new DeliveryListener() {
            @Override
            public void rejected(OutboxRecord record, String reason, String answerJson) {
                rejections.add(record.kind() + "|" + reason + "|" + answerJson);
            }
        })) {
            SendReport r = sender.sendNow();
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(2);
        }
        assertThat(rejections).hasSize(2);
        assertThat(rejections.get(0)).startsWith("registration|EVENT_FULL").contains("\"status\":\"FULL\"");
        assertThat(rejections.get(1)).startsWith("visit|SLOT_TAKEN").contains("nextFreeSlots");
        assertThat(OutboxFixture.states(db).get(second.id())).startsWith("REJECTED|SLOT_TAKEN");
        assertThat(OutboxFixture.states(db).get(reg.id())).startsWith("REJECTED|EVENT_FULL");
    }

    @Test
    void withoutACatalogTheSenderIsIdleAndRecordsWait() {
        store.enqueue(OutboxFixture.transaction(UUID.randomUUID(), "31000100001", "Laskar Pelangi"));
        try (OutboxSender sender = new OutboxSender(store, null, settings, null)) {
            sender.start();
            assertThat(sender.online()).isFalse();
            SendReport r = sender.sendNow();
            assertThat(r.stillPending()).isEqualTo(1);
            assertThat(r.lastError()).contains("catalog.url");
        }
        assertThat(store.depth()).isEqualTo(1);
        assertThat(sim.received()).isEmpty();
    }
}
