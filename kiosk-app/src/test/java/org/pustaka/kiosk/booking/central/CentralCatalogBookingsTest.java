package org.pustaka.kiosk.booking.central;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/** The desks' view of the central catalog, against WireMock speaking the API document's JSON. */
class CentralCatalogBookingsTest {
    static final String REGISTRATIONS = "/api/v1/events/ld-2026-12-05/registrations";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final CentralCatalogClient client = CatalogFixtures.client(CatalogFixtures.settings(server.baseUrl(), 2));
    final CentralCatalogBookings catalog = new CentralCatalogBookings(client, CatalogFixtures.WIB);

    @AfterEach
    void close() {
        client.close();
    }

    static Registration guest() {
        return new Registration(UUID.randomUUID(), "ld-2026-12-05", new Registrant.Guest("Sari", "+6281234567890"), 2,
                RegistrationStatus.PENDING, 0, Instant.parse("2026-11-28T03:00:00Z"), "");
    }

    static VisitBooking booking() {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, CatalogFixtures.WIB);
        VisitSlot slot = new VisitSlot("ks-2026-12-01-0900", start, start.plusMinutes(90), "Ruang Baca Anak", 40, true);
        return new VisitBooking(UUID.randomUUID(), "KS-7QH4", slot, new VisitRequest(slot.id(), "SD Negeri Kauman 1 Malang",
                "20533844", "Rina Kartika", "+62341551234", "", 28, GradeLevel.SD_HIGH, "kursi roda"),
                BookingStatus.PENDING, List.of(), Instant.parse("2026-11-28T03:00:00Z"), "");
    }

    @Test
    void readsTheEventListingIntoTheKiosksSeriesAndAudiences() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson(CatalogFixtures.EVENTS)));
        List<LibraryEvent> events = catalog.events(Instant.parse("2026-11-28T03:00:00Z"), Instant.parse("2027-01-09T03:00:00Z"));
        assertThat(events).extracting(LibraryEvent::category)
                .containsExactly(EventCategory.LITERASI_DIGITAL, EventCategory.DISKUSI_BUKU);
        assertThat(events).extracting(LibraryEvent::audience).containsExactly(Audience.YOUTH, Audience.ADULTS);
        assertThat(events.get(0).seatsLeft()).isEqualTo(1);
        assertThat(events.get(0).start().getHour()).isEqualTo(9);
        assertThat(events.get(1).title().en()).as("falls back to Indonesian").isEqualTo("Diskusi Buku Bulanan");
        server.verify(getRequestedFor(urlEqualTo("/api/v1/events?from=2026-11-28&to=2027-01-09")));
    }

    @Test
    void confirmedWithTheRegistrationIdAsIdempotencyKey() throws Exception {
        Registration r = guest();
        server.stubFor(post(urlEqualTo(REGISTRATIONS))
                .willReturn(okJson(CatalogFixtures.registrationAnswer(r.id().toString(), "CONFIRMED", 0))));
        assertThat(catalog.register(r, "en")).isEqualTo(new RegistrationAnswer(RegistrationStatus.CONFIRMED, 0, ""));
        server.verify(postRequestedFor(urlEqualTo(REGISTRATIONS))
                .withHeader("Idempotency-Key", equalTo(r.id().toString()))
                .withRequestBody(matchingJsonPath("$.guestPhone", equalTo("+6281234567890")))
                .withRequestBody(matchingJsonPath("$.language", equalTo("en"))));
    }

    @Test
    void waitlistedWithThePosition() throws Exception {
        Registration r = guest();
        server.stubFor(post(urlEqualTo(REGISTRATIONS))
                .willReturn(okJson(CatalogFixtures.registrationAnswer(r.id().toString(), "WAITLISTED", 4))));
        assertThat(catalog.register(r, "id")).isEqualTo(new RegistrationAnswer(RegistrationStatus.WAITLISTED, 4, ""));
    }

    @Test
    void fullWithoutWaitlistAndOther409ConflictsAreRefusals() throws Exception {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(409)
                .withBody(CatalogFixtures.error("EVENT_FULL", "The event is full."))));
        assertThat(catalog.register(guest(), "id").status()).isEqualTo(RegistrationStatus.REFUSED);
        assertThat(catalog.register(guest(), "id").reason()).startsWith("EVENT_FULL");
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(409)
                .withBody(CatalogFixtures.error("EVENT_CANCELLED", "The event was cancelled."))));
        assertThat(catalog.register(guest(), "id"))
                .isEqualTo(RegistrationAnswer.refused("EVENT_CANCELLED: The event was cancelled."));
    }

    @Test
    void serverErrorsTimeoutsResetsRefusedTokensAndGarbleAreUnavailability() {
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> catalog.register(guest(), "id")).isInstanceOf(CatalogUnavailableException.class);
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{}").withFixedDelay(2500)));
        assertThatThrownBy(() -> catalog.register(guest(), "id")).isInstanceOf(CatalogUnavailableException.class);
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> catalog.register(guest(), "id")).isInstanceOf(CatalogUnavailableException.class);
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(aResponse().withStatus(401)
                .withBody(CatalogFixtures.error("TOKEN_REJECTED", "revoked"))));
        assertThatThrownBy(() -> catalog.register(guest(), "id")).isInstanceOf(CatalogUnavailableException.class);
        server.stubFor(post(urlEqualTo(REGISTRATIONS)).willReturn(okJson("{\"status\": CONFIRMED")));
        assertThatThrownBy(() -> catalog.register(guest(), "id")).isInstanceOf(CatalogUnavailableException.class);
    }

    @Test
    void aBookingIsConfirmedWithTheCatalogsCodeOrRefusedWithTheNextFreeSlots() throws Exception {
        VisitBooking b = booking();
        server.stubFor(post(urlEqualTo("/api/v1/school-visits"))
                .withRequestBody(matchingJsonPath("$.npsn", equalTo("20533844")))
                .withRequestBody(matchingJsonPath("$.grade", equalTo("SD_HIGH")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(CatalogFixtures.bookingAnswer(b.id().toString(), "KS-MLG9"))));
        assertThat(catalog.book(b)).isEqualTo(BookingAnswer.confirmed("KS-MLG9"));
        server.stubFor(post(urlEqualTo("/api/v1/school-visits"))
                .willReturn(aResponse().withStatus(409).withBody(CatalogFixtures.SLOT_TAKEN)));
        BookingAnswer refused = catalog.book(b);
        assertThat(refused.confirmed()).isFalse();
        assertThat(refused.nextFreeSlots()).extracting(VisitSlot::id)
                .containsExactly("ks-2026-12-02-0900", "ks-2026-12-03-1300");
        server.stubFor(post(urlEqualTo("/api/v1/school-visits"))
                .willReturn(aResponse().withStatus(422).withBody(CatalogFixtures.error("INVALID_NPSN", "unknown school"))));
        assertThat(catalog.book(b).reason()).isEqualTo("INVALID_NPSN: unknown school");
    }

    @Test
    void slotsAndBookingsMadeElsewhere() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/school-visits/slots")).willReturn(okJson(CatalogFixtures.SLOTS)));
        assertThat(catalog.slots(Instant.EPOCH, Instant.EPOCH.plusSeconds(1))).extracting(VisitSlot::free)
                .containsExactly(true, false);
        String id = UUID.randomUUID().toString();
        server.stubFor(get("/api/v1/school-visits/KS-MLG9").willReturn(okJson(CatalogFixtures.bookingAnswer(id, "KS-MLG9"))));
        server.stubFor(get("/api/v1/school-visits/KS-NONE").willReturn(aResponse().withStatus(404)
                .withBody(CatalogFixtures.error("BOOKING_UNKNOWN", "no"))));
        VisitBooking found = catalog.lookUp("KS-MLG9").orElseThrow();
        assertThat(found.request().grade()).isEqualTo(GradeLevel.SD_HIGH);
        assertThat(found.slot().start().getHour()).isEqualTo(9);
        assertThat(catalog.lookUp("KS-NONE")).isEmpty();
    }
}
