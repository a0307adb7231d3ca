package org.pustaka.kiosk.events.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BookingCatalog} over the JDK's HTTP client. Each request carries the kiosk's bearer token and,
 * for writes, the registration's or booking's UUID as {@code Idempotency-Key}. No retries here: a write
 * that fails stays in the outbox and the sync sends it again with the same key.
 */
public final class JdkHttpBookingCatalog implements BookingCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(JdkHttpBookingCatalog.class);

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration responseTimeout;
    private final CatalogJson json;

    public JdkHttpBookingCatalog(HttpClient http, URI base, String token, Duration responseTimeout, CatalogJson json) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.token = token;
        this.responseTimeout = responseTimeout;
        this.json = json;
    }

    @Override
    public List<LibraryEvent> events(Instant from, Instant to) throws CatalogUnavailableException {
        String body = ok(send(get("events?from=" + q(from) + "&to=" + q(to))));
        try {
            return json.events(body);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CatalogUnavailableException("The central catalog sent an event list the kiosk cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public RegistrationAnswer register(Registration r) throws CatalogUnavailableException {
        HttpResponse<String> res = send(post("events/" + path(r.eventId()) + "/registrations",
                json.registrationBody(r), r.id().toString()));
        if (res.statusCode() / 100 != 2) {
            return RegistrationAnswer.refused(reason(res));
        }
        try {
            JsonNode n = CatalogJson.tree(res.body());
            RegistrationStatus status = RegistrationStatus.valueOf(n.path("status").asText());
            return new RegistrationAnswer(status, n.path("waitlistPosition").asInt(0), n.path("message").asText(""));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CatalogUnavailableException("The central catalog's answer to a registration cannot be read: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void cancel(Registration r) throws CatalogUnavailableException {
        HttpResponse<String> res = send(request("events/" + path(r.eventId()) + "/registrations/" + r.id())
                .DELETE().build());
        if (res.statusCode() / 100 != 2 && res.statusCode() != 404) {
            throw new CatalogUnavailableException("The central catalog did not cancel: " + reason(res));
        }
    }

    @Override
    public List<VisitSlot> slots(Instant from, Instant to) throws CatalogUnavailableException {
        String body = ok(send(get("school-visits/slots?from=" + q(from) + "&to=" + q(to))));
        try {
            return json.slots(body);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CatalogUnavailableException("The central catalog sent a slot list the kiosk cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public BookingAnswer book(VisitBooking b) throws CatalogUnavailableException {
        HttpResponse<String> res = send(post("school-visits", json.bookingBody(b), b.id().toString()));
        try {
            JsonNode n = CatalogJson.tree(res.body());
            if (res.statusCode() / 100 == 2) {
                String code = n.path("code").asText("");
                if (code.isEmpty()) {
                    throw new CatalogUnavailableException("The central catalog confirmed a booking without a code");
                }
                return BookingAnswer.confirmed(code);
            }
            JsonNode offered = n.path("nextFreeSlots");
            return BookingAnswer.refused(reason(res), offered.isArray() ? json.slots(offered) : List.of());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CatalogUnavailableException("The central catalog's answer to a booking cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** Sends, and turns every answer that retrying may fix into {@link CatalogUnavailableException}. */
    private HttpResponse<String> send(HttpRequest request) throws CatalogUnavailableException {
        HttpResponse<String> res;
        try {
            res = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogUnavailableException("The central catalog did not answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogUnavailableException("Interrupted while waiting for the central catalog", e);
        }
        int status = res.statusCode();
        if (status >= 500 || status == 401 || status == 403 || status == 408 || status == 429) {
            LOG.warn("central catalog answered {} to {} {}", status, request.method(), request.uri().getPath());
            throw new CatalogUnavailableException("The central catalog answered " + status
                    + (status == 401 || status == 403 ? ": the kiosk token was refused; staff must enrol the kiosk again" : ""));
        }
        return res;
    }

    private static String ok(HttpResponse<String> res) throws CatalogUnavailableException {
        if (res.statusCode() / 100 != 2) {
            throw new CatalogUnavailableException("The central catalog answered " + res.statusCode());
        }
        return res.body();
    }

    private static String reason(HttpResponse<String> res) {
        try {
            JsonNode n = CatalogJson.tree(res.body());
            String message = n.path("message").asText(n.path("error").asText(""));
            return res.statusCode() + (message.isEmpty() ? "" : " " + message);
        } catch (JsonProcessingException e) {
            return Integer.toString(res.statusCode());
        }
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, String body, String idempotencyKey) {
        return request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(responseTimeout)
                .header("Accept", "application/json");
        if (!token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static String q(Instant t) {
        return URLEncoder.encode(t.toString(), StandardCharsets.UTF_8);
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
