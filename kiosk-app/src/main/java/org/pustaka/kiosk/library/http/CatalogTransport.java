package org.pustaka.kiosk.library.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.CatalogException.Failure;
import org.pustaka.catalog.api.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link CatalogCall}s with the bearer token and retries them with {@link Backoff}: a request whose
 * connection could not be opened is always retried (nothing reached the server); one that may have
 * arrived (response timeout, dropped connection, 5xx, 429) only when it is idempotent. 401 and 403
 * become {@code TOKEN_REJECTED} at once. A 503 or 429 with a usable {@code Retry-After} (see
 * {@link RetryAfter}, at most {@link RetryAfter#MAX_WAIT}) replaces the backoff: the call fails at once
 * with {@link CatalogException#notBefore()}, and every call through this transport, from any thread,
 * fails without sending until that moment. Thread-safe; the connection pool is shared by all callers.
 */
final class CatalogTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogTransport.class);
    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    /**
     * A Retry-After this short is waited out inside the call when attempts are left: a visitor at the
     * kiosk waits a moment instead of being refused, and the outbox round goes on.
     */
    static final Duration SHORT_WAIT = Duration.ofSeconds(3);
    /** Trying again exactly at the moment the server named could still find its wait in force. */
    private static final Duration PAST_THE_MOMENT = Duration.ofMillis(50);

    private final URI base;
    private final String token;
    private final CloseableHttpClient http;
    private final int maxAttempts;
    private final Backoff backoff;
    private final Random random = new Random();
    private final Clock clock;
    private final AtomicReference<CatalogState> state;
    private final RetryAfter retryAfter;

    CatalogTransport(CatalogSettings settings, Clock clock) throws CatalogException {
        this(settings.urlIfConfigured().orElseThrow(() -> new CatalogException(Failure.UNREACHABLE, 0, null, false,
                        "No central catalog is configured (catalog.url is empty); the kiosk works offline.")),
                settings.token(), HttpClientFactory.create(settings), settings.retryAttempts(),
                new Backoff(Duration.ofMillis(settings.retryBaseMillis()),
                        Duration.ofMillis(Math.max(settings.retryBaseMillis(), 8L * settings.retryBaseMillis()))),
                clock);
    }

    CatalogTransport(URI base, String token, CloseableHttpClient http, int maxAttempts, Backoff backoff, Clock clock) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.token = token == null ? "" : token;
        this.http = http;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoff = backoff;
        this.clock = clock;
        this.state = new AtomicReference<>(new CatalogState(CatalogState.Kind.NOT_CONTACTED, "", clock.instant()));
        this.retryAfter = new RetryAfter(clock);
    }

    URI base() {
        return base;
    }

    CatalogState state() {
        return state.get();
    }

    /** How long the server's last Retry-After still holds every call back; empty when it does not. */
    Optional<Duration> waitAsked() {
        return retryAfter.remaining();
    }

    /** Sends {@code call}; answers 2xx and 4xx (other than 429, and 401/403 on authenticated calls); throws for the rest. */
    CatalogAnswer send(CatalogCall call) throws CatalogException {
        boolean mayHaveArrived = false;
        CatalogException last = null;
        Duration asked = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (attempt > 1) {
                pause(asked != null ? asked.plus(PAST_THE_MOMENT) : backoff.delay(attempt - 1, random));
            }
            asked = null;
            retryAfter.holdBack(call.method() + " " + pathOnly(call), mayHaveArrived);
            try {
                CatalogAnswer answer = http.execute(request(call), response -> new CatalogAnswer(response.getCode(),
                        body(response.getEntity()), retryAfterOf(response)));
                int status = answer.status();
                if (call.authenticated() && (status == 401 || status == 403)) {
                    throw remember(new CatalogException(Failure.TOKEN_REJECTED, status, errorIn(answer), false,
                            "The central catalog refused the kiosk's token (HTTP " + status + "). Enroll the kiosk "
                                    + "again with 'kiosk enroll' and a new enrollment code from the library staff."));
                }
                if (status >= 500 || status == 429) {
                    // 503 and 429 say the request was not processed; other 5xx may have been.
                    mayHaveArrived |= status != 503 && status != 429;
                    last = new CatalogException(Failure.SERVER_ERROR, status, errorIn(answer), mayHaveArrived,
                            "The central catalog answered HTTP " + status + " to " + call.method() + " "
                                    + pathOnly(call) + ". It should recover by itself; the kiosk tries again.");
                    LOG.debug("{} {} answered {} (attempt {})", call.method(), pathOnly(call), status, attempt);
                    if (status == 503 || status == 429) {
                        Instant until = retryAfter.honour(answer, call.method() + " " + pathOnly(call));
                        Duration wait = until == null ? null : Duration.between(clock.instant(), until);
                        if (wait != null && attempt < maxAttempts && wait.compareTo(SHORT_WAIT) <= 0) {
                            asked = wait.isNegative() ? Duration.ZERO : wait; // waited out within this call
                            continue;
                        }
                        if (until != null) {
                            throw remember(new CatalogException(Failure.SERVER_ERROR, status, errorIn(answer),
                                    mayHaveArrived, "The central catalog answered HTTP " + status + " to "
                                    + call.method() + " " + pathOnly(call) + " and asked the kiosk to wait until "
                                    + until + ". The kiosk sends nothing to it before then.", null, until));
                        }
                    }
                    if (call.idempotent() || status == 503 || status == 429) {
                        continue;
                    }
                    throw remember(last);
                }
                state.set(new CatalogState(CatalogState.Kind.ONLINE, "", clock.instant()));
                return answer;
            } catch (IOException e) {
                boolean notSent = notSent(e);
                mayHaveArrived |= !notSent;
                last = new CatalogException(Failure.UNREACHABLE, 0, null, mayHaveArrived,
                        "The central catalog at " + base.getHost() + " could not be reached (" + describe(e)
                                + "). Check the network; the kiosk keeps its reports and tries again.", e);
                LOG.debug("{} {} failed (attempt {}): {}", call.method(), pathOnly(call), attempt, describe(e));
                if (e instanceof SSLHandshakeException) {
                    break;
                }
                if (!notSent && !call.idempotent()) {
                    break;
                }
            }
        }
        throw remember(last);
    }

    private static String retryAfterOf(HttpResponse response) {
        Header h = response.getFirstHeader("Retry-After");
        return h == null ? null : h.getValue();
    }

    private ClassicHttpRequest request(CatalogCall call) {
        ClassicRequestBuilder b = ClassicRequestBuilder.create(call.method())
                .setUri(base.resolve(call.path()))
                .setHeader("Accept", "application/json");
        if (call.authenticated() && !token.isEmpty()) {
            b.setHeader("Authorization", "Bearer " + token);
        }
        if (call.idempotencyKey() != null) {
            b.setHeader("Idempotency-Key", call.idempotencyKey().toString());
        }
        if (call.body() != null) {
            b.setEntity(new ByteArrayEntity(ApiJson.write(call.body()), ContentType.APPLICATION_JSON));
        }
        return b.build();
    }

    private static byte[] body(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BODY_BYTES) {
                    throw new IOException("answer larger than " + MAX_BODY_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        }
    }

    private static ApiError errorIn(CatalogAnswer answer) {
        return ApiJson.errorOrNull(answer.body());
    }

    /** True when the failure happened before the request could leave the kiosk. */
    private static boolean notSent(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof SSLHandshakeException;
    }

    private static String describe(IOException e) {
        if (e instanceof InterruptedIOException && !(e instanceof ConnectTimeoutException)) {
            return "no answer in time";
        }
        if (e instanceof ConnectTimeoutException) {
            return "connection timed out";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static String pathOnly(CatalogCall call) {
        int q = call.path().indexOf('?');
        return q < 0 ? call.path() : call.path().substring(0, q);
    }

    private CatalogException remember(CatalogException e) {
        state.set(CatalogState.of(e, clock.instant()));
        return e;
    }

    private static void pause(Duration d) throws CatalogException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException(Failure.UNREACHABLE, 0, null, false,
                    "The kiosk is shutting down; the request to the central catalog was not finished.", e);
        }
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client: {}", e.getMessage());
        }
    }
}
