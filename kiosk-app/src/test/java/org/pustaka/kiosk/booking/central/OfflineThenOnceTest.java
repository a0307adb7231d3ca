package org.pustaka.kiosk.booking.central;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.compose.BookingDesks;
import org.pustaka.kiosk.hub.OutboxSender;
import org.pustaka.kiosk.hub.SendReport;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcEventStore;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;
import org.pustaka.kiosk.store.jdbc.JdbcVisitStore;
import org.pustaka.kiosk.visits.BookingResult;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * The central catalog goes away while visitors sign up and teachers book: everything is taken as
 * PENDING, and once the catalog is back the outbox sender delivers each one exactly once (counted by its
 * UUID at WireMock), and the catalog's answer is written back for the visitor, the teacher and staff.
 */
class OfflineThenOnceTest {
    static final String EVENT = "ld-2026-12-05";
    static final String REGISTRATIONS = "/api/v1/events/" + EVENT + "/registrations";
    static final String VISITS = "/api/v1/school-visits";
    static final String SLOT = "ks-2026-12-01-0900";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    WireMockServer server;
    StubMapping unreachable;
    Database db;
    JdbcOutboxStore outbox;
    CentralCatalogClient client;
    OutboxSender sender;
    BookingDesks desks;

    @BeforeEach
    void online() throws IOException {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson(CatalogFixtures.EVENTS)));
        server.stubFor(get(urlPathEqualTo("/api/v1/school-visits/slots")).willReturn(okJson(CatalogFixtures.SLOTS)));
        db = Database.open(dir);
        outbox = new JdbcOutboxStore(db);
        CatalogSettings settings = CatalogFixtures.settings(server.baseUrl(), 2);
        client = CatalogFixtures.client(settings);
        desks = BookingDesks.central(new CentralCatalogBookings(client, CatalogFixtures.WIB),
                new JdbcEventStore(db, CatalogFixtures.WIB), new JdbcVisitStore(db, CatalogFixtures.WIB), outbox, CLOCK,
                CatalogFixtures.WIB);
        sender = new OutboxSender(outbox, client, settings, desks.answers());
        assertThat(desks.events().upcoming()).hasSize(2);
        assertThat(desks.visits().freeSlots()).extracting(VisitSlot::id).containsExactly(SLOT);
    }

    @AfterEach
    void close() {
        sender.close();
        client.close();
        db.close();
        server.stop();
    }

    /**
     * The catalog drops off the network: every connection is reset before an answer. The server keeps
     * its port, so no other process can take it while the kiosk waits for the catalog to come back.
     */
    void offline() {
        unreachable = server.stubFor(any(anyUrl()).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    void backOnline() {
        server.removeStub(unreachable);
        server.resetRequests();
    }

    @Test
    void aSignUpTakenOfflineIsSentOnceWhenTheCatalogReturnsAndAFullEventWaitlistsIt() {
        offline();
        Registration pending = signUp(new Registrant.Member("20240001"), 2);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(desks.events().upcoming()).as("the cached listing still shows").hasSize(2);
        assertThat(outbox.depth()).isEqualTo(1);
        assertThat(sender.sendNow().stillPending()).isEqualTo(1);

        backOnline();
        server.stubFor(post(urlEqualTo(REGISTRATIONS))
                .willReturn(okJson(CatalogFixtures.registrationAnswer(pending.id().toString(), "WAITLISTED", 3))));
        SendReport round = sender.sendNow();
        assertThat(round.accepted()).isEqualTo(1);
        sender.sendNow();
        sender.sendNow();

        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS))
                .withHeader("Idempotency-Key", equalTo(pending.id().toString())));
        assertThat(outbox.depth()).isZero();
        Registration now = desks.events().registrationsOf("20240001").get(0).registration();
        assertThat(now.id()).isEqualTo(pending.id());
        assertThat(now.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(now.waitlistPosition()).isEqualTo(3);
    }

    @Test
    void serverErrorsAndTimeoutsLeaveSignUpsPendingInOrderUntilTheyPass() {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(503)));
        UUID first = signUp(new Registrant.Guest("Sari Wulandari", "0812-3456-7890"), 1).id();
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{}").withFixedDelay(2500)));
        UUID second = signUp(new Registrant.Guest("Budi Santoso", "0341-551234"), 1).id();
        server.resetRequests();

        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(503)));
        assertThat(sender.sendNow().stillPending()).isEqualTo(2);
        server.verify(0, postRequestedFor(urlEqualTo(REGISTRATIONS)).withHeader("Idempotency-Key", equalTo(second.toString())));

        server.resetRequests();
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson(CatalogFixtures.registrationAnswer(
                UUID.randomUUID().toString(), "CONFIRMED", 0))));
        assertThat(sender.sendNow().accepted()).isEqualTo(2);
        sender.sendNow();
        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS)).withHeader("Idempotency-Key", equalTo(first.toString())));
        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS)).withHeader("Idempotency-Key", equalTo(second.toString())));
        List<String> order = server.getAllServeEvents().stream()
                .map(e -> e.getRequest().getHeader("Idempotency-Key")).toList();
        assertThat(order).as("newest first in WireMock's log").containsExactly(second.toString(), first.toString());
    }

    @Test
    void a409RefusalIsKeptForStaffAndShownToTheMember() throws Exception {
        offline();
        UUID id = signUp(new Registrant.Member("20240002"), 1).id();
        backOnline();
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(409)
                .withBody(CatalogFixtures.error("EVENT_FULL", "The event is full."))));
        assertThat(sender.sendNow().rejected()).isEqualTo(1);
        sender.sendNow();
        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS)));
        assertThat(outboxRow(id)).startsWith("REJECTED EVENT_FULL");
        Registration r = desks.events().registrationsOf("20240002").get(0).registration();
        assertThat(r.status()).isEqualTo(RegistrationStatus.REFUSED);
        assertThat(r.note()).startsWith("EVENT_FULL");
    }

    @Test
    void aPendingSignUpCancelledBeforeItWasSentIsNeverSentAndAnOfflineCancellationIsSentOnce() {
        offline();
        Registration pending = signUp(new Registrant.Member("20240003"), 1);
        assertThat(desks.events().cancel(pending.id(), "20240003")).isInstanceOf(RegistrationResult.Done.class);
        backOnline();
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson(
                CatalogFixtures.registrationAnswer(UUID.randomUUID().toString(), "CONFIRMED", 0))));
        Registration confirmed = signUp(new Registrant.Member("20240004"), 1);
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        offline();
        RegistrationResult.Done cancelled = (RegistrationResult.Done) desks.events().cancel(confirmed.id(), "20240004");
        assertThat(cancelled.registration().status()).isEqualTo(RegistrationStatus.CANCELLED);
        backOnline();
        server.stubFor(delete(urlPathMatching(REGISTRATIONS + "/.*")).willReturn(okJson(
                CatalogFixtures.registrationAnswer(confirmed.id().toString(), "CANCELLED", 0))));
        sender.sendNow();
        sender.sendNow();
        server.verify(0, postRequestedFor(urlEqualTo(REGISTRATIONS)));
        // the sign-up attempt may have arrived with its answer lost: its cancellation is sent all the same
        server.verify(1, deleteRequestedFor(urlEqualTo(REGISTRATIONS + "/" + pending.id())));
        server.verify(1, deleteRequestedFor(urlEqualTo(REGISTRATIONS + "/" + confirmed.id())));
        assertThat(outbox.depth()).isZero();
    }

    @Test
    void aBookingTakenOfflineIsSentOnceAndConfirmedWithTheCatalogsCode() {
        offline();
        VisitBooking pending = book();
        assertThat(pending.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(desks.visits().freeSlots()).as("held here while pending").isEmpty();
        assertThat(desks.visits().lookUp(pending.code().toLowerCase())).map(VisitBooking::status).contains(BookingStatus.PENDING);

        backOnline();
        server.stubFor(post(urlEqualTo(VISITS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CatalogFixtures.bookingAnswer(pending.id().toString(), "KS-MLG9"))));
        assertThat(sender.sendNow().accepted()).isEqualTo(1);
        sender.sendNow();
        server.verify(1, postRequestedFor(urlEqualTo(VISITS)).withHeader("Idempotency-Key", equalTo(pending.id().toString())));
        VisitBooking confirmed = desks.visits().lookUp(pending.code()).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.code()).isEqualTo("KS-MLG9");
        assertThat(desks.visits().lookUp("ks mlg9")).isPresent();
    }

    @Test
    void aSlotTakenMeanwhileIsRefusedWithTheNextFreeSlotsForTheTeachersNextVisitAndForStaff() throws Exception {
        offline();
        VisitBooking pending = book();
        backOnline();
        server.stubFor(post(urlEqualTo(VISITS)).willReturn(aResponse().withStatus(409).withBody(CatalogFixtures.SLOT_TAKEN)));
        assertThat(sender.sendNow().rejected()).isEqualTo(1);
        sender.sendNow();
        server.verify(1, postRequestedFor(urlEqualTo(VISITS)));

        VisitBooking refused = desks.visits().lookUp(pending.code()).orElseThrow();
        assertThat(refused.status()).isEqualTo(BookingStatus.REFUSED);
        assertThat(refused.offered()).extracting(VisitSlot::id).containsExactly("ks-2026-12-02-0900", "ks-2026-12-03-1300");
        assertThat(outboxRow(pending.id())).startsWith("REJECTED SLOT_TAKEN").contains("2 other slots offered");
        assertThat(desks.visits().freeSlots()).extracting(VisitSlot::id).as("the slot is no longer held here")
                .contains("ks-2026-12-02-0900");
    }

    @Test
    void onlineAnswersNeedNoOutbox() {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson(
                CatalogFixtures.registrationAnswer(UUID.randomUUID().toString(), "WAITLISTED", 1))));
        assertThat(signUp(new Registrant.Member("20240001"), 1).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        server.stubFor(post(urlEqualTo(VISITS)).willReturn(aResponse().withStatus(409).withBody(CatalogFixtures.SLOT_TAKEN)));
        BookingResult r = desks.visits().book(request());
        assertThat(r).isInstanceOf(BookingResult.Refused.class);
        assertThat(((BookingResult.Refused) r).freeSlots()).hasSize(2);
        assertThat(outbox.depth()).isZero();
    }

    private Registration signUp(Registrant who, int party) {
        RegistrationResult r = desks.events().signUp(new SignUpRequest(EVENT, who, party, "id"));
        assertThat(r).isInstanceOf(RegistrationResult.Done.class);
        return ((RegistrationResult.Done) r).registration();
    }

    private VisitBooking book() {
        BookingResult r = desks.visits().book(request());
        assertThat(r).isInstanceOf(BookingResult.Booked.class);
        return ((BookingResult.Booked) r).booking();
    }

    private static VisitRequest request() {
        return new VisitRequest(SLOT, "SD Negeri Kauman 1 Malang", "20533844", "Rina Kartika", "0341-551234", "",
                28, GradeLevel.SD_HIGH, "");
    }

    private String outboxRow(UUID id) throws Exception {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT state, last_error FROM outbox WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1) + " " + rs.getString(2);
            }
        }
    }
}
