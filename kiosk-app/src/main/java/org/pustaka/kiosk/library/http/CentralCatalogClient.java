package org.pustaka.kiosk.library.http;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.CatalogException.Failure;
import org.pustaka.catalog.api.ApiError;
import org.pustaka.catalog.api.BatchResult;
import org.pustaka.catalog.api.BookingResult;
import org.pustaka.catalog.api.CardPairing;
import org.pustaka.catalog.api.CatalogEvent;
import org.pustaka.catalog.api.Enrollment;
import org.pustaka.catalog.api.EnrollmentRequest;
import org.pustaka.catalog.api.EventList;
import org.pustaka.catalog.api.HeartbeatAck;
import org.pustaka.catalog.api.HeartbeatReport;
import org.pustaka.catalog.api.RegistrationRequest;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.ServerStatus;
import org.pustaka.catalog.api.SlotList;
import org.pustaka.catalog.api.SurveyAnswer;
import org.pustaka.catalog.api.TransactionReport;
import org.pustaka.catalog.api.UsageReport;
import org.pustaka.catalog.api.VisitBooking;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.catalog.api.VisitSlot;

/**
 * The central catalog API ({@code docs/central-catalog-api.yaml}) as typed calls. Every method blocks
 * for at most the configured timeouts times the retry attempts: call it from a worker thread. Answers
 * the kiosk must act on are values ({@code FULL}, a taken slot, an unknown code); everything else that
 * is not the expected answer is a {@link CatalogException}. Every POST here carries a UUID the server
 * deduplicates by, so all of them are retried after a lost answer except {@link #enroll}. Thread-safe.
 */
public final class CentralCatalogClient implements AutoCloseable {
    private final CatalogTransport transport;
    private final String kioskPath;

    /** A client for {@code settings.url()} as kiosk {@code kioskId}; fails when no URL is configured. */
    public CentralCatalogClient(CatalogSettings settings, String kioskId) throws CatalogException {
        this(settings, kioskId, Clock.systemUTC());
    }

    /** As above, with the clock that times the server's Retry-After. */
    public CentralCatalogClient(CatalogSettings settings, String kioskId, Clock clock) throws CatalogException {
        this(new CatalogTransport(settings, clock), kioskId);
    }

    CentralCatalogClient(CatalogTransport transport, String kioskId) {
        this.transport = transport;
        this.kioskPath = "kiosks/" + Paths.segment(Objects.requireNonNull(kioskId, "kioskId")) + "/";
    }

    CatalogTransport transport() {
        return transport;
    }

    /** How the last exchange went, for diagnostics (a refused token is its own state). */
    public CatalogState state() {
        return transport.state();
    }

    /**
     * How long the central catalog's last {@code Retry-After} still holds every call back (each fails at
     * once without being sent); empty when nothing is held back.
     */
    public Optional<Duration> waitAsked() {
        return transport.waitAsked();
    }

    /** {@code GET status}: the server's clock and system; checks the token too. */
    public ServerStatus status() throws CatalogException {
        return expect(transport.send(CatalogCall.get("status")), ServerStatus.class);
    }

    public HeartbeatAck heartbeat(HeartbeatReport report) throws CatalogException {
        return expect(transport.send(CatalogCall.idempotentPost(kioskPath + "heartbeat", report, null)),
                HeartbeatAck.class);
    }

    public BatchResult transactions(List<TransactionReport> batch) throws CatalogException {
        return batch("transactions", batch);
    }

    public BatchResult surveyAnswers(List<SurveyAnswer> batch) throws CatalogException {
        return batch("survey-answers", batch);
    }

    public BatchResult usageReports(List<UsageReport> batch) throws CatalogException {
        return batch("metrics", batch);
    }

    /** Events starting from {@code from} up to and including {@code to} (library time zone). */
    public List<CatalogEvent> events(LocalDate from, LocalDate to) throws CatalogException {
        return expect(transport.send(CatalogCall.get("events?from=" + from + "&to=" + to)), EventList.class).events();
    }

    /** Signs up; a full event without a waiting list answers status {@code FULL} (HTTP 409 {@code EVENT_FULL}). */
    public RegistrationResult register(String eventId, RegistrationRequest request) throws CatalogException {
        CatalogAnswer a = transport.send(CatalogCall.idempotentPost(
                "events/" + Paths.segment(eventId) + "/registrations", request, request.id()));
        if (a.status() == 409 && "EVENT_FULL".equals(code(a))) {
            return new RegistrationResult(request.id(), eventId, RegistrationStatus.FULL, 0, 0);
        }
        return expect(a, RegistrationResult.class);
    }

    /** Cancels a registration; cancelling one already cancelled answers {@code CANCELLED} again. */
    public RegistrationResult cancelRegistration(String eventId, UUID registrationId) throws CatalogException {
        return expect(transport.send(CatalogCall.delete(
                "events/" + Paths.segment(eventId) + "/registrations/" + registrationId)), RegistrationResult.class);
    }

    public List<VisitSlot> slots(LocalDate from, LocalDate to) throws CatalogException {
        return expect(transport.send(CatalogCall.get("school-visits/slots?from=" + from + "&to=" + to)),
                SlotList.class).slots();
    }

    /** Books a visit; a slot taken in the meantime (HTTP 409 {@code SLOT_TAKEN}) answers the next free slots. */
    public BookingResult book(VisitBookingRequest request) throws CatalogException {
        CatalogAnswer a = transport.send(CatalogCall.idempotentPost("school-visits", request, request.id()));
        if (a.status() == 409) {
            ApiError e = ApiJson.errorOrNull(a.body());
            if (e != null && "SLOT_TAKEN".equals(e.code())) {
                return new BookingResult(null, e.nextFreeSlots());
            }
        }
        return new BookingResult(expect(a, VisitBooking.class), List.of());
    }

    /** The booking with this confirmation code, empty when the catalog knows none (HTTP 404). */
    public Optional<VisitBooking> booking(String confirmationCode) throws CatalogException {
        CatalogAnswer a = transport.send(CatalogCall.get("school-visits/" + Paths.segment(confirmationCode)));
        if (a.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(expect(a, VisitBooking.class));
    }

    /**
     * {@code GET cards/{uid}}: the member a contactless card is paired with, empty when the catalog knows
     * no such card (HTTP 404). A UID that is not 4 to 10 bytes of hex is refused (HTTP 400).
     */
    public Optional<String> memberForCard(String uid) throws CatalogException {
        CatalogAnswer a = transport.send(CatalogCall.get("cards/" + Paths.segment(uid)));
        if (a.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(expect(a, CardPairing.class).memberId());
    }

    /** Exchanges a one-time enrollment code for the kiosk's token. Sent without a token; never repeated once sent. */
    public Enrollment enroll(EnrollmentRequest request) throws CatalogException {
        return expect(transport.send(CatalogCall.oncePost("kiosks/enroll", request, false)), Enrollment.class);
    }

    private BatchResult batch(String endpoint, List<?> items) throws CatalogException {
        return expect(transport.send(CatalogCall.idempotentPost(kioskPath + endpoint, Map.of("items", items), null)),
                BatchResult.class);
    }

    /** The 2xx body as {@code type}, or the error body of a 4xx as a {@code REFUSED} exception. */
    static <T> T expect(CatalogAnswer a, Class<T> type) throws CatalogException {
        if (a.success()) {
            return ApiJson.read(a.body(), type);
        }
        ApiError e = ApiJson.errorOrNull(a.body());
        String text = e == null ? "no error body" : e.code() + ": " + e.message().in("en");
        throw new CatalogException(Failure.REFUSED, a.status(), e, false,
                "The central catalog refused the request (HTTP " + a.status() + ", " + text + ").");
    }

    private static String code(CatalogAnswer a) {
        ApiError e = ApiJson.errorOrNull(a.body());
        return e == null ? "" : e.code();
    }

    @Override
    public void close() {
        transport.close();
    }
}
