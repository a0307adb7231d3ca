package org.pustaka.kiosk.events.central;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

class JdkHttpBookingCatalogTest {
    static final String REGISTRATIONS = "/api/v1/events/LD-ANAK-2026-12-05/registrations";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final JdkHttpBookingCatalog catalog = CatalogFixtures.catalog(server.baseUrl());

    static Registration guest() {
        return new Registration(UUID.randomUUID(), "LD-ANAK-2026-12-05", new Registrant.Guest("Sari", "+6281234567890"), 2,
                RegistrationStatus.PENDING, 0, Instant.parse("2026-11-28T03:00:00Z"), "");
    }

    static VisitBooking booking() {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, CatalogFixtures.WIB);
        VisitSlot slot = new VisitSlot("S-2026-12-01-0900", start, start.plusMinutes(90), "Ruang Baca Anak", 40, true);
        return new VisitBooking(UUID.randomUUID(), "KS-7QH4", slot, new VisitRequest(slot.id(), "SD Negeri Kauman 1 Malang",
                "20533844", "Rina Kartika", "+62341551234", "", 28, GradeLevel.SD_HIGH, "kursi roda"),
                BookingStatus.PENDING, List.of(), Instant.parse("2026-11-28T03:00:00Z"), "");
    }

    @Test
    void readsTheEventListingWithTheKioskToken() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson(CatalogFixtures.EVENTS)));
        List<LibraryEvent> events = catalog.events(Instant.parse("2026-11-28T00:00:00Z"), Instant.parse("2027-01-09T00:00:00Z"));
        assertThat(events).extracting(LibraryEvent::id).containsExactly("LD-ANAK-2026-12-05", "DBB-2026-12-25");
        assertThat(events.get(0).seatsLeft()).isEqualTo(1);
        assertThat(events.get(0).start().getHour()).isEqualTo(9);
        assertThat(events.get(1).category()).isEqualTo(EventCategory.OTHER);
        assertThat(events.get(1).description().en()).isEqualTo("Satu bahasa saja");
        server.verify(getRequestedFor(urlEqualTo("/api/v1/events?from=2026-11-28T00%3A00%3A00Z&to=2027-01-09T00%3A00%3A00Z"))
                .withHeader("Authorization", equalTo("Bearer kiosk-token-123")));
    }

    @Test
    void aConfirmedRegistrationCarriesItsIdAsIdempotencyKey() throws Exception {
        Registration r = guest();
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"id\":\"" + r.id() + "\",\"status\":\"CONFIRMED\"}")));
        assertThat(catalog.register(r)).isEqualTo(new RegistrationAnswer(RegistrationStatus.CONFIRMED, 0, ""));
        server.verify(postRequestedFor(urlEqualTo(REGISTRATIONS))
                .withHeader("Idempotency-Key", equalTo(r.id().toString()))
                .withRequestBody(equalToJson("{\"id\":\"" + r.id() + "\",\"eventId\":\"LD-ANAK-2026-12-05\","
                        + "\"kioskId\":\"MLG-01\",\"guest\":{\"name\":\"Sari\",\"phone\":\"+6281234567890\"},"
                        + "\"partySize\":2,\"createdAt\":\"2026-11-28T03:00:00Z\"}")));
    }

    @Test
    void aFullEventAnswersWaitlistedWithAPosition() throws Exception {
        server.stubFor(post(urlEqualTo(REGISTRATIONS))
                .willReturn(okJson("{\"status\":\"WAITLISTED\",\"waitlistPosition\":4}")));
        RegistrationAnswer a = catalog.register(guest());
        assertThat(a.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(a.waitlistPosition()).isEqualTo(4);
    }

    @Test
    void aConflictIsARefusalWithTheCatalogsReason() throws Exception {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"full\",\"message\":\"event is full and has no waitlist\"}")));
        RegistrationAnswer a = catalog.register(guest());
        assertThat(a.status()).isEqualTo(RegistrationStatus.REFUSED);
        assertThat(a.reason()).isEqualTo("409 event is full and has no waitlist");
    }

    @Test
    void aBadRequestIsARefusalButServerErrorsTimeoutsAndRefusedTokensAreUnavailability() throws Exception {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> catalog.register(guest())).isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("503");
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> catalog.register(guest())).isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("token was refused");
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"status\":\"CONFIRMED\"}")
                .withFixedDelay((int) CatalogFixtures.SHORT_TIMEOUT.toMillis() * 5)));
        JdkHttpBookingCatalog impatient = CatalogFixtures.catalog(server.baseUrl(), CatalogFixtures.SHORT_TIMEOUT);
        assertThatThrownBy(() -> impatient.register(guest())).isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("did not answer");
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> catalog.register(guest())).isInstanceOf(CatalogUnavailableException.class);
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"status\": CONFIRMED")));
        assertThatThrownBy(() -> catalog.register(guest())).isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("cannot be read");
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"partySize must be 1 to 10\"}")));
        RegistrationAnswer bad = catalog.register(guest());
        assertThat(bad.status()).isEqualTo(RegistrationStatus.REFUSED);
        assertThat(bad.reason()).isEqualTo("400 partySize must be 1 to 10");
    }

    @Test
    void aBookingIsConfirmedWithTheCatalogsCodeOrRefusedWithTheNextFreeSlots() throws Exception {
        VisitBooking b = booking();
        server.stubFor(post(urlEqualTo("/api/v1/school-visits"))
                .withRequestBody(matchingJsonPath("$.npsn", equalTo("20533844")))
                .withRequestBody(matchingJsonPath("$.grade", equalTo("SD_HIGH")))
                .willReturn(okJson("{\"code\":\"KS-MLG9\",\"status\":\"CONFIRMED\"}")));
        assertThat(catalog.book(b)).isEqualTo(BookingAnswer.confirmed("KS-MLG9"));
        server.stubFor(post(urlEqualTo("/api/v1/school-visits")).willReturn(aResponse().withStatus(409)
                .withBody(CatalogFixtures.SLOT_TAKEN)));
        BookingAnswer refused = catalog.book(b);
        assertThat(refused.confirmed()).isFalse();
        assertThat(refused.reason()).contains("booked by another school");
        assertThat(refused.nextFreeSlots()).extracting(VisitSlot::id)
                .containsExactly("S-2026-12-02-0900", "S-2026-12-03-1300");
    }

    @Test
    void readsSlotsAndCancelsRegistrations() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/school-visits/slots")).willReturn(okJson(CatalogFixtures.SLOTS)));
        assertThat(catalog.slots(Instant.EPOCH, Instant.EPOCH.plusSeconds(1))).extracting(VisitSlot::free)
                .containsExactly(true, false);
        Registration r = guest();
        server.stubFor(delete(urlEqualTo(REGISTRATIONS + "/" + r.id())).willReturn(aResponse().withStatus(204)));
        catalog.cancel(r);
        server.stubFor(delete(urlEqualTo(REGISTRATIONS + "/" + r.id())).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> catalog.cancel(r)).isInstanceOf(CatalogUnavailableException.class);
    }
}
