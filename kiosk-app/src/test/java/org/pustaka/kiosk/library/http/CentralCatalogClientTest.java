package org.pustaka.kiosk.library.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pustaka.kiosk.library.http.CatalogException.Failure;
import org.pustaka.catalog.api.BatchResult;
import org.pustaka.catalog.api.BookingResult;
import org.pustaka.catalog.api.CatalogEvent;
import org.pustaka.catalog.api.DeviceState;
import org.pustaka.catalog.api.Enrollment;
import org.pustaka.catalog.api.EnrollmentRequest;
import org.pustaka.catalog.api.HeartbeatReport;
import org.pustaka.catalog.api.RegistrationRequest;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.SurveyAnswer;
import org.pustaka.catalog.api.TitleCount;
import org.pustaka.catalog.api.TransactionReport;
import org.pustaka.catalog.api.UsageReport;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.catalog.api.VisitSlot;

class CentralCatalogClientTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private CentralCatalogClient client;

    @BeforeEach
    void open() throws CatalogException {
        client = new CentralCatalogClient(TestSettings.forBase(wm.baseUrl()), "MLG-01");
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static String error(String code, String en) {
        return "{\"code\":\"" + code + "\",\"message\":{\"id\":\"galat\",\"en\":\"" + en + "\"}}";
    }

    @Test
    void heartbeatCarriesTokenAndReport() throws Exception {
        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(okJson("{\"serverTime\":\"2026-11-28T02:00:00Z\"}")));
        var ack = client.heartbeat(new HeartbeatReport("1.0", Instant.parse("2026-11-28T02:00:01Z"),
                List.of(new DeviceState("printer", "DEGRADED", "paper near end")), 4, ""));
        assertThat(ack.serverTime()).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/heartbeat"))
                .withHeader("Authorization", equalTo("Bearer " + TestSettings.TOKEN))
                .withRequestBody(matchingJsonPath("$.outboxDepth", equalTo("4")))
                .withRequestBody(matchingJsonPath("$.devices[0].state", equalTo("DEGRADED"))));
        assertThat(client.state().kind()).isEqualTo(CatalogState.Kind.ONLINE);
    }

    @Test
    void partialBatchAcceptanceListsBothSides() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        wm.stubFor(post("/api/v1/kiosks/MLG-01/transactions").willReturn(okJson("{\"accepted\":[\"" + a
                + "\"],\"rejected\":[{\"id\":\"" + b + "\",\"code\":\"ITEM_UNKNOWN\",\"message\":{\"id\":\"x\",\"en\":\"no such item\"}}]}")));
        BatchResult r = client.transactions(List.of(tx(a), tx(b)));
        assertThat(r.accepted()).containsExactly(a);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo(b);
            assertThat(x.describe()).isEqualTo("ITEM_UNKNOWN: no such item");
        });
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/transactions"))
                .withRequestBody(matchingJsonPath("$.items[1].id", equalTo(b.toString())))
                .withRequestBody(matchingJsonPath("$.items[0].type", equalTo("CHECKOUT"))));
    }

    @Test
    void surveyAnswersAndMetricsAreBatches() throws Exception {
        UUID s = UUID.randomUUID();
        UUID m = UUID.randomUUID();
        wm.stubFor(post("/api/v1/kiosks/MLG-01/survey-answers").willReturn(okJson("{\"accepted\":[\"" + s + "\"]}")));
        wm.stubFor(post("/api/v1/kiosks/MLG-01/metrics").willReturn(okJson("{\"accepted\":[\"" + m + "\"],\"rejected\":[]}")));
        assertThat(client.surveyAnswers(List.of(new SurveyAnswer(s, Instant.now(), 5, "id", "BORROW"))).accepted())
                .containsExactly(s);
        UsageReport report = new UsageReport(m, Instant.parse("2026-11-28T02:00:00Z"), Instant.parse("2026-11-28T03:00:00Z"),
                3, java.util.Map.of("09", 3), 2, 1.5, List.of(new TitleCount("Laskar Pelangi", 2)));
        assertThat(client.usageReports(List.of(report)).accepted()).containsExactly(m);
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/metrics"))
                .withRequestBody(matchingJsonPath("$.items[0].topTitles[0].title", equalTo("Laskar Pelangi"))));
    }

    @Test
    void eventsAreReadWithBothLanguages() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson("{\"events\":[{\"id\":\"ld-1\",\"series\":\"literasi-digital\","
                + "\"title\":{\"id\":\"Literasi Digital\",\"en\":\"Digital Literacy\"},\"description\":{\"id\":\"d\",\"en\":\"e\"},"
                + "\"category\":\"CLASS\",\"start\":\"2026-12-05T09:00:00+07:00\",\"end\":\"2026-12-05T10:30:00+07:00\","
                + "\"room\":\"Ruang Multimedia\",\"audience\":\"Anak\",\"ageMin\":9,\"ageMax\":15,\"capacity\":20,\"seatsLeft\":3,"
                + "\"waitlist\":true,\"futureField\":1}]}")));
        List<CatalogEvent> events = client.events(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.title().in("en")).isEqualTo("Digital Literacy");
            assertThat(e.seatsLeft()).isEqualTo(3);
            assertThat(e.start().getHour()).isEqualTo(9);
        });
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/api/v1/events?from=2026-12-01&to=2026-12-31")));
    }

    @Test
    void registrationConfirmedWaitlistedOrFull() throws Exception {
        UUID id = UUID.randomUUID();
        wm.stubFor(post("/api/v1/events/ld%201/registrations").inScenario("reg").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(
                        "{\"registrationId\":\"" + id + "\",\"eventId\":\"ld 1\",\"status\":\"WAITLISTED\",\"waitlistPosition\":2,\"seatsLeft\":0}"))
                .willSetStateTo("full"));
        wm.stubFor(post("/api/v1/events/ld%201/registrations").inScenario("reg").whenScenarioStateIs("full")
                .willReturn(aResponse().withStatus(409).withBody(error("EVENT_FULL", "full"))));
        RegistrationResult r = client.register("ld 1", new RegistrationRequest(id, null, "Ani", "081234567890", 2, "id"));
        assertThat(r.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(r.waitlistPosition()).isEqualTo(2);
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/events/ld%201/registrations"))
                .withHeader("Idempotency-Key", equalTo(id.toString()))
                .withRequestBody(matchingJsonPath("$.guestPhone", equalTo("081234567890"))));
        UUID other = UUID.randomUUID();
        assertThat(client.register("ld 1", new RegistrationRequest(other, "2024000123", null, null, 1, "en")).status())
                .isEqualTo(RegistrationStatus.FULL);
    }

    @Test
    void cancellationUsesDelete() throws Exception {
        UUID id = UUID.randomUUID();
        wm.stubFor(delete("/api/v1/events/ld-1/registrations/" + id).willReturn(okJson(
                "{\"registrationId\":\"" + id + "\",\"eventId\":\"ld-1\",\"status\":\"CANCELLED\",\"seatsLeft\":4}")));
        assertThat(client.cancelRegistration("ld-1", id).status()).isEqualTo(RegistrationStatus.CANCELLED);
        wm.verify(deleteRequestedFor(urlEqualTo("/api/v1/events/ld-1/registrations/" + id)));
    }

    @Test
    void slotsBookingsAndLookup() throws Exception {
        String slot = "{\"id\":\"S1\",\"start\":\"2026-12-08T08:30:00+07:00\",\"end\":\"2026-12-08T10:00:00+07:00\","
                + "\"room\":\"Aula\",\"capacity\":40,\"available\":true}";
        wm.stubFor(get(urlPathEqualTo("/api/v1/school-visits/slots")).willReturn(okJson("{\"slots\":[" + slot + "]}")));
        List<VisitSlot> slots = client.slots(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1));
        assertThat(slots).extracting(VisitSlot::id).containsExactly("S1");

        UUID id = UUID.randomUUID();
        wm.stubFor(post("/api/v1/school-visits").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + id + "\",\"confirmationCode\":\"KS00042\",\"slot\":" + slot
                        + ",\"schoolName\":\"SDN Klojen 1\",\"npsn\":\"20533761\",\"teacherName\":\"Bu Rina\",\"students\":30,\"grade\":\"4\"}")));
        BookingResult booked = client.book(booking(id, "S1"));
        assertThat(booked.booked()).isTrue();
        assertThat(booked.booking().confirmationCode()).isEqualTo("KS00042");
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/school-visits")).withHeader("Idempotency-Key", equalTo(id.toString()))
                .withRequestBody(matchingJsonPath("$.npsn", equalTo("20533761"))));

        wm.stubFor(get("/api/v1/school-visits/KS00042").willReturn(okJson("{\"id\":\"" + id
                + "\",\"confirmationCode\":\"KS00042\",\"slot\":" + slot + ",\"students\":30}")));
        wm.stubFor(get("/api/v1/school-visits/NOPE").willReturn(aResponse().withStatus(404).withBody(error("BOOKING_UNKNOWN", "no"))));
        assertThat(client.booking("KS00042")).get().extracting(b -> b.slot().id()).isEqualTo("S1");
        assertThat(client.booking("NOPE")).isEmpty();
    }

    @Test
    void slotTakenOffersNextFreeSlots() throws Exception {
        wm.stubFor(post("/api/v1/school-visits").willReturn(aResponse().withStatus(409).withBody("{\"code\":\"SLOT_TAKEN\","
                + "\"message\":{\"id\":\"sudah dipesan\",\"en\":\"taken\"},\"nextFreeSlots\":[{\"id\":\"S2\","
                + "\"start\":\"2026-12-09T08:30:00+07:00\",\"end\":\"2026-12-09T10:00:00+07:00\",\"capacity\":40,\"available\":true}]}")));
        BookingResult r = client.book(booking(UUID.randomUUID(), "S1"));
        assertThat(r.booked()).isFalse();
        assertThat(r.nextFreeSlots()).extracting(VisitSlot::id).containsExactly("S2");
    }

    @Test
    void enrollmentSendsNoTokenAndReturnsOne() throws Exception {
        wm.stubFor(post("/api/v1/kiosks/enroll").withRequestBody(equalToJson(
                "{\"kioskId\":\"MLG-01\",\"enrollmentCode\":\"ABCD-1234\",\"version\":\"dev\"}"))
                .willReturn(okJson("{\"kioskId\":\"MLG-01\",\"token\":\"kt-new\"}")));
        Enrollment e = client.enroll(new EnrollmentRequest("MLG-01", "ABCD-1234", "dev"));
        assertThat(e.token()).isEqualTo("kt-new");
        assertThat(e.toString()).doesNotContain("kt-new");
        assertThat(wm.getAllServeEvents().get(0).getRequest().containsHeader("Authorization")).isFalse();
    }

    @Test
    void rejectedTokenIsItsOwnState() {
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(401).withBody(error("TOKEN_REJECTED", "revoked"))));
        assertThatThrownBy(client::status).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.TOKEN_REJECTED);
            assertThat(e.getMessage()).contains("kiosk enroll").doesNotContain(TestSettings.TOKEN);
        });
        assertThat(client.state().kind()).isEqualTo(CatalogState.Kind.TOKEN_REJECTED);
        wm.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/api/v1/status")));
    }

    @Test
    void serverErrorIsRetriedThenReported() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(aResponse().withStatus(500).withBody(error("INTERNAL", "boom"))));
        assertThatThrownBy(() -> client.events(LocalDate.now(), LocalDate.now())).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.code()).isEqualTo("INTERNAL");
        });
        wm.verify(3, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/api/v1/events")));
        assertThat(client.state().kind()).isEqualTo(CatalogState.Kind.SERVER_ERROR);
    }

    @Test
    void unavailableThenRecovered() throws Exception {
        wm.stubFor(get("/api/v1/status").inScenario("503").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(get("/api/v1/status").inScenario("503").whenScenarioStateIs("up")
                .willReturn(okJson("{\"serverTime\":\"2026-11-28T02:00:00Z\",\"system\":\"SLiMS bridge\",\"version\":\"9.6\"}")));
        assertThat(client.status().system()).isEqualTo("SLiMS bridge");
        wm.verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/api/v1/status")));
    }

    @Test
    void clientErrorIsRefusedWithoutRetry() {
        wm.stubFor(post("/api/v1/school-visits").willReturn(aResponse().withStatus(422).withBody(error("INVALID_NPSN", "8 digits"))));
        assertThatThrownBy(() -> client.book(booking(UUID.randomUUID(), "S1"))).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.REFUSED);
            assertThat(e.code()).isEqualTo("INVALID_NPSN");
            assertThat(e.transientFailure()).isFalse();
        });
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/school-visits")));
    }

    @Test
    void timeoutBecomesUnreachableAfterRetries() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/school-visits/slots")).willReturn(okJson("{\"slots\":[]}").withFixedDelay(1500)));
        assertThatThrownBy(() -> client.slots(LocalDate.now(), LocalDate.now())).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.UNREACHABLE);
            assertThat(e.getMessage()).contains("no answer in time");
            assertThat(e.outcomeUnknown()).isTrue();
        });
        assertThat(client.state().kind()).isEqualTo(CatalogState.Kind.UNREACHABLE);
    }

    @Test
    void malformedJsonIsACleanError() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson("{\"events\":[{\"id\":")));
        assertThatThrownBy(() -> client.events(LocalDate.now(), LocalDate.now())).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.MALFORMED));
        wm.stubFor(get(urlPathEqualTo("/api/v1/school-visits/slots")).willReturn(okJson("{\"slots\":[{\"id\":\"S1\",\"start\":\"soon\"}]}")));
        assertThatThrownBy(() -> client.slots(LocalDate.now(), LocalDate.now())).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.MALFORMED));
        assertThat(client.state().kind()).isEqualTo(CatalogState.Kind.ONLINE);
    }

    @Test
    void lostAnswerIsRetriedWithTheSameIdAndTheServerSeesADuplicate() throws Exception {
        UUID id = UUID.randomUUID();
        wm.stubFor(post("/api/v1/events/ld-1/registrations").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("applied"));
        wm.stubFor(post("/api/v1/events/ld-1/registrations").inScenario("lost").whenScenarioStateIs("applied")
                .withHeader("Idempotency-Key", equalTo(id.toString()))
                .willReturn(okJson("{\"registrationId\":\"" + id + "\",\"eventId\":\"ld-1\",\"status\":\"CONFIRMED\",\"seatsLeft\":7}")));
        RegistrationResult r = client.register("ld-1", new RegistrationRequest(id, "2024000123", null, null, 1, "id"));
        assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        var bodies = wm.findAll(postRequestedFor(urlEqualTo("/api/v1/events/ld-1/registrations")));
        assertThat(bodies).hasSize(2);
        assertThat(bodies).allSatisfy(req -> assertThat(req.getHeader("Idempotency-Key")).isEqualTo(id.toString()));
        assertThat(bodies.get(0).getBodyAsString()).isEqualTo(bodies.get(1).getBodyAsString());
    }

    @Test
    void enrollmentIsNotRepeatedOnceItMayHaveArrived() {
        wm.stubFor(post("/api/v1/kiosks/enroll").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client.enroll(new EnrollmentRequest("MLG-01", "C", "dev")))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/kiosks/enroll")));
    }

    @Test
    void refusedConnectionIsRetriedAndSaysNothingArrived() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CentralCatalogClient down = new CentralCatalogClient(TestSettings.forBase("http://127.0.0.1:" + port), "MLG-01")) {
            assertThatThrownBy(() -> down.enroll(new EnrollmentRequest("MLG-01", "C", "dev")))
                    .isInstanceOfSatisfying(CatalogException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.UNREACHABLE);
                        assertThat(e.outcomeUnknown()).isFalse();
                    });
        }
    }

    static TransactionReport tx(UUID id) {
        return new TransactionReport(id, "CHECKOUT", "31000100001", "Laskar Pelangi", Instant.parse("2026-11-28T02:10:00Z"),
                false, "ACCEPTED", null, LocalDate.of(2026, 12, 12), null);
    }

    static VisitBookingRequest booking(UUID id, String slot) {
        return new VisitBookingRequest(id, slot, "SDN Klojen 1", "20533761", "Bu Rina", "081234567890", "", 30, "4",
                "satu siswa memakai kursi roda");
    }
}
