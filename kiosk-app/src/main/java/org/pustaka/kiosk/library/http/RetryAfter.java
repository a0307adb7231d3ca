package org.pustaka.kiosk.library.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.pustaka.kiosk.library.http.CatalogException.Failure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code Retry-After} of a 503 or 429 answer (RFC 9110, section 10.2.3) as one transport honours
 * it: the value is a number of seconds or an HTTP-date (the IMF-fixdate form, or one of the obsolete
 * RFC 850 and asctime forms a recipient must still accept). A usable wait of at most {@link #MAX_WAIT}
 * holds back every call through the transport until its moment; a longer or unreadable value is logged
 * once and left to the usual backoff, and a wait of zero (or a date already past) asks for nothing.
 * Thread-safe: the moment only moves later.
 */
final class RetryAfter {
    private static final Logger LOG = LoggerFactory.getLogger(RetryAfter.class);

    /** The longest wait the kiosk accepts from a server; a longer one is treated as unusable. */
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private static final DateTimeFormatter RFC_850 =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private final Clock clock;
    private final AtomicReference<Instant> quietUntil = new AtomicReference<>(Instant.MIN);
    private final AtomicBoolean unusableLogged = new AtomicBoolean();

    RetryAfter(Clock clock) {
        this.clock = clock;
    }

    /** How long calls are still held back; empty when they are not. */
    Optional<Duration> remaining() {
        Instant now = clock.instant();
        Instant until = quietUntil.get();
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Throws, without anything being sent, while a Retry-After holds; {@code call} names the request. */
    void holdBack(String call, boolean mayHaveArrived) throws CatalogException {
        Instant until = quietUntil.get();
        if (clock.instant().isBefore(until)) {
            throw new CatalogException(Failure.SERVER_ERROR, 0, null, mayHaveArrived,
                    "The central catalog asked the kiosk to wait until " + until + "; " + call
                            + " was not sent. The kiosk tries again after that moment.", null, until);
        }
    }

    /**
     * The moment {@code answer} (a 503 or 429 to {@code call}) asks the kiosk to wait for, from now on held
     * for every call; null when it asks for no wait or for one the kiosk does not honour.
     */
    Instant honour(CatalogAnswer answer, String call) {
        String value = answer.retryAfter();
        if (value == null) {
            return null;
        }
        Instant now = clock.instant();
        Optional<Duration> wait = parse(value, now);
        if (wait.isEmpty() || wait.get().compareTo(MAX_WAIT) > 0) {
            String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
            if (unusableLogged.compareAndSet(false, true)) {
                LOG.warn("The central catalog answered HTTP {} to {} with Retry-After '{}', {}. The kiosk retries with "
                        + "its own backoff instead (said once).", answer.status(), call, shown, wait.isEmpty()
                        ? "which is neither a number of seconds nor an HTTP date"
                        : "a longer wait than the " + MAX_WAIT.toMinutes() + " minutes the kiosk accepts");
            } else {
                LOG.debug("unusable Retry-After '{}' on HTTP {}", shown, answer.status());
            }
            return null;
        }
        if (wait.get().isZero()) {
            return null;
        }
        Instant until = now.plus(wait.get());
        quietUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
        LOG.info("The central catalog answered HTTP {} to {} and asked the kiosk to wait {} s; nothing is sent to it "
                + "before {}.", answer.status(), call, wait.get().toSeconds(), until);
        return until;
    }

    /** The wait {@code value} asks for, counted from {@code now}; empty when it is neither form. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // more digits than fit a long is still "a very long wait", not garbage
            return Optional.of(Duration.ofSeconds(v.length() > 12 ? 999_999_999_999L : Long.parseLong(v)));
        }
        return date(v).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }

    private static Optional<Instant> date(String v) {
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            // not IMF-fixdate: try the obsolete forms
        }
        try {
            return Optional.of(LocalDateTime.parse(v, RFC_850).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not RFC 850: try asctime
        }
        try {
            return Optional.of(LocalDateTime.parse(v, ASCTIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
