package org.pustaka.kiosk.events.central;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
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
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.events.assembly.BookingDesks;
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
 * PENDING, and once the catalog is back each one is sent exactly once (counted by its UUID), with the
 * catalog's answer written back.
 */
class OfflineThenOnceTest {
    static final String EVENT = "LD-ANAK-2026-12-05";
    static final String REGISTRATIONS = "/api/v1/events/" + EVENT + "/registrations";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    WireMockServer server;
    Database db;
    JdbcOutboxStore outbox;
    BookingDesks desks;

    @BeforeEach
    void online() throws IOException {
        // A fixed port, so that the catalog comes back where the kiosk looks for it.
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        server = new WireMockServer(wireMockConfig().port(port));
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson(CatalogFixtures.EVENTS)));
        server.stubFor(get(urlPathEqualTo("/api/v1/school-visits/slots")).willReturn(okJson(CatalogFixtures.SLOTS)));
        db = Database.open(dir);
        outbox = new JdbcOutboxStore(db);
        desks = BookingDesks.central(CatalogFixtures.catalog(server.baseUrl()), CatalogFixtures.json(),
                new JdbcEventStore(db, CatalogFixtures.WIB), new JdbcVisitStore(db, CatalogFixtures.WIB), outbox, CLOCK,
                CatalogFixtures.WIB);
        assertThat(desks.events().upcoming()).hasSize(2);
        assertThat(desks.visits().freeSlots()).extracting(VisitSlot::id).containsExactly("S-2026-12-01-0900");
    }

    @AfterEach
    void close() {
        desks.close();
        db.close();
        server.stop();
    }

    /** The catalog drops off the network: the same port now refuses connections. */
    void offline() {
        server.stop();
    }

    void backOnline() {
        server.start();
        server.resetRequests();
    }

    @Test
    void aSignUpTakenOfflineIsSentOnceWhenTheCatalogReturnsAndAFullEventWaitlistsIt() {
        offline();
        RegistrationResult.Done done = (RegistrationResult.Done) desks.events().signUp(
                new SignUpRequest(EVENT, new Registrant.Member("20240001"), 2));
        Registration pending = done.registration();
        assertThat(pending.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(desks.events().upcoming()).as("the cached listing still shows").hasSize(2);
        assertThat(outbox.depth()).isEqualTo(1);

        SyncReport whileAway = desks.sync().orElseThrow().runOnce();
        assertThat(whileAway).isEqualTo(new SyncReport(0, 0, 1));

        backOnline();
        server.stubFor(post(urlEqualTo(REGISTRATIONS))
                .willReturn(okJson("{\"status\":\"WAITLISTED\",\"waitlistPosition\":3,\"message\":\"full meanwhile\"}")));
        assertThat(desks.sync().orElseThrow().runOnce()).isEqualTo(new SyncReport(1, 0, 0));
        desks.sync().orElseThrow().runOnce();
        desks.sync().orElseThrow().runOnce();

        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS))
                .withHeader("Idempotency-Key", equalTo(pending.id().toString())));
        assertThat(outbox.depth()).isZero();
        Registration now = desks.events().registrationsOf("20240001").get(0).registration();
        assertThat(now.id()).isEqualTo(pending.id());
        assertThat(now.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(now.waitlistPosition()).isEqualTo(3);
    }

    @Test
    void serverErrorsLeaveSignUpsPendingAndKeepTheirOrderUntilTheyPass() {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(503)));
        UUID first = signUpGuest("Sari Wulandari");
        UUID second = signUpGuest("Budi Santoso");
        server.resetRequests();

        assertThat(desks.sync().orElseThrow().runOnce()).isEqualTo(new SyncReport(0, 0, 2));
        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS)));
        server.verify(0, postRequestedFor(urlEqualTo(REGISTRATIONS)).withHeader("Idempotency-Key", equalTo(second.toString())));

        server.resetRequests();
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"status\":\"CONFIRMED\"}")));
        assertThat(desks.sync().orElseThrow().runOnce()).isEqualTo(new SyncReport(2, 0, 0));
        desks.sync().orElseThrow().runOnce();
        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS)).withHeader("Idempotency-Key", equalTo(first.toString())));
        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS)).withHeader("Idempotency-Key", equalTo(second.toString())));
        List<String> order = server.getAllServeEvents().stream()
                .map(e -> e.getRequest().getHeader("Idempotency-Key")).toList();
        assertThat(order).as("newest first in WireMock's log").containsExactly(second.toString(), first.toString());
    }

    @Test
    void aTimedOutSignUpIsPendingAndGoesAgainWithTheSameIdSoTheCatalogCanDeduplicate() {
        BookingDesks impatient = BookingDesks.central(CatalogFixtures.catalog(server.baseUrl(), CatalogFixtures.SHORT_TIMEOUT),
                CatalogFixtures.json(), new JdbcEventStore(db, CatalogFixtures.WIB),
                new JdbcVisitStore(db, CatalogFixtures.WIB), outbox, CLOCK, CatalogFixtures.WIB);
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"status\":\"CONFIRMED\"}")
                .withFixedDelay((int) CatalogFixtures.SHORT_TIMEOUT.toMillis() * 5)));
        RegistrationResult.Done done = (RegistrationResult.Done) impatient.events().signUp(
                new SignUpRequest(EVENT, new Registrant.Member("20240001"), 1));
        assertThat(done.registration().status()).isEqualTo(RegistrationStatus.PENDING);

        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"status\":\"CONFIRMED\"}")));
        assertThat(impatient.sync().orElseThrow().runOnce()).isEqualTo(new SyncReport(1, 0, 0));
        impatient.sync().orElseThrow().runOnce();
        // The request that timed out may have reached the catalog; the one resend carries the same key.
        server.verify(2, postRequestedFor(urlEqualTo(REGISTRATIONS))
                .withHeader("Idempotency-Key", equalTo(done.registration().id().toString())));
        assertThat(impatient.events().registrationsOf("20240001")).extracting(d -> d.registration().status())
                .containsExactly(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aConflictRefusalIsKeptInTheOutboxWithItsReasonForStaff() throws Exception {
        offline();
        UUID id = signUpGuest("Sari Wulandari");
        backOnline();
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(409)
                .withBody("{\"error\":\"full\",\"message\":\"the event was cancelled\"}")));
        assertThat(desks.sync().orElseThrow().runOnce()).isEqualTo(new SyncReport(0, 1, 0));
        desks.sync().orElseThrow().runOnce();
        server.verify(1, postRequestedFor(urlEqualTo(REGISTRATIONS)));
        assertThat(outboxRow(id)).isEqualTo("REJECTED sign-up refused by the central catalog: 409 the event was cancelled");
    }

    @Test
    void aBookingTakenOfflineIsSentOnceAndConfirmedWithTheCatalogsCode() {
        offline();
        VisitBooking pending = bookFirstSlot();
        assertThat(pending.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(desks.visits().freeSlots()).as("held here while pending").isEmpty();
        assertThat(desks.visits().lookUp(pending.code().toLowerCase())).map(VisitBooking::status).contains(BookingStatus.PENDING);

        backOnline();
        server.stubFor(post(urlEqualTo("/api/v1/school-visits")).willReturn(okJson("{\"code\":\"KS-MLG9\"}")));
        assertThat(desks.sync().orElseThrow().runOnce()).isEqualTo(new SyncReport(1, 0, 0));
        desks.sync().orElseThrow().runOnce();
        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/school-visits"))
                .withHeader("Idempotency-Key", equalTo(pending.id().toString())));
        VisitBooking confirmed = desks.visits().lookUp(pending.code()).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.code()).isEqualTo("KS-MLG9");
        assertThat(desks.visits().lookUp("ks mlg9")).isPresent();
    }

    @Test
    void aSlotTakenMeanwhileIsRefusedWithTheNextFreeSlotsForTheTeachersNextVisitAndForStaff() throws Exception {
        offline();
        VisitBooking pending = bookFirstSlot();
        backOnline();
        server.stubFor(post(urlEqualTo("/api/v1/school-visits"))
                .willReturn(aResponse().withStatus(409).withBody(CatalogFixtures.SLOT_TAKEN)));
        assertThat(desks.sync().orElseThrow().runOnce()).isEqualTo(new SyncReport(0, 1, 0));
        desks.sync().orElseThrow().runOnce();
        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/school-visits")));

        VisitBooking refused = desks.visits().lookUp(pending.code()).orElseThrow();
        assertThat(refused.status()).isEqualTo(BookingStatus.REFUSED);
        assertThat(refused.offered()).extracting(VisitSlot::id).containsExactly("S-2026-12-02-0900", "S-2026-12-03-1300");
        assertThat(outboxRow(pending.id())).startsWith("REJECTED visit booking " + pending.code()
                + " for SD Negeri Kauman 1 Malang: slot refused by the central catalog")
                .contains("S-2026-12-02-0900");
    }

    @Test
    void onlineAnswersNeedNoOutbox() {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"status\":\"WAITLISTED\",\"waitlistPosition\":1}")));
        RegistrationResult.Done done = (RegistrationResult.Done) desks.events().signUp(
                new SignUpRequest(EVENT, new Registrant.Member("20240001"), 1));
        assertThat(done.registration().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        server.stubFor(post(urlEqualTo("/api/v1/school-visits")).willReturn(aResponse().withStatus(409)
                .withBody(CatalogFixtures.SLOT_TAKEN)));
        BookingResult r = desks.visits().book(request("S-2026-12-01-0900"));
        assertThat(r).isInstanceOf(BookingResult.Refused.class);
        assertThat(((BookingResult.Refused) r).freeSlots()).hasSize(2);
        assertThat(outbox.depth()).isZero();
    }

    private UUID signUpGuest(String name) {
        RegistrationResult r = desks.events().signUp(new SignUpRequest(EVENT, new Registrant.Guest(name, "0812-3456-7890"), 1));
        Registration reg = ((RegistrationResult.Done) r).registration();
        assertThat(reg.status()).isEqualTo(RegistrationStatus.PENDING);
        return reg.id();
    }

    private VisitBooking bookFirstSlot() {
        BookingResult r = desks.visits().book(request("S-2026-12-01-0900"));
        assertThat(r).isInstanceOf(BookingResult.Booked.class);
        return ((BookingResult.Booked) r).booking();
    }

    private static VisitRequest request(String slot) {
        return new VisitRequest(slot, "SD Negeri Kauman 1 Malang", "20533844", "Rina Kartika", "0341-551234", "",
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
