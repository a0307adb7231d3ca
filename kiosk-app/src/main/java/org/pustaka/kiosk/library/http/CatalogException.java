package org.pustaka.kiosk.library.http;

import java.time.Instant;
import java.util.Optional;
import org.pustaka.catalog.api.ApiError;

/**
 * An exchange with the central catalog that did not give the answer asked for. {@link #failure()} says
 * what kind: not reachable (after retries), a server error (after retries), the kiosk's token refused,
 * a refusal with an error body (4xx), or an answer that could not be read. {@link #outcomeUnknown()} is
 * true when the request may have reached the server and had its effect (lost answer); repeating it with
 * the same id is safe. {@link #notBefore()} is the moment the server asked the kiosk to wait for (a
 * {@code Retry-After} on a 503 or 429) when there is one. The message is a sentence for a technician.
 */
public class CatalogException extends Exception {

    public enum Failure {
        /** Connection refused, timeout or dropped connection, after the retries. */
        UNREACHABLE,
        /** 5xx (or 429) after the retries. */
        SERVER_ERROR,
        /** 401 or 403: the kiosk's token is missing, wrong or revoked. Retrying does not help. */
        TOKEN_REJECTED,
        /** A 4xx with an error body: the server understood and said no. */
        REFUSED,
        /** The answer is not the JSON the API document describes. */
        MALFORMED
    }

    private final Failure failure;
    private final int httpStatus;
    private final transient ApiError error;
    private final boolean outcomeUnknown;
    private final Instant notBefore;

    public CatalogException(Failure failure, int httpStatus, ApiError error, boolean outcomeUnknown, String message) {
        this(failure, httpStatus, error, outcomeUnknown, message, null);
    }

    public CatalogException(Failure failure, int httpStatus, ApiError error, boolean outcomeUnknown, String message,
                            Throwable cause) {
        this(failure, httpStatus, error, outcomeUnknown, message, cause, null);
    }

    /** A failure after which the kiosk sends nothing to the catalog before {@code notBefore} (null: no such moment). */
    public CatalogException(Failure failure, int httpStatus, ApiError error, boolean outcomeUnknown, String message,
                            Throwable cause, Instant notBefore) {
        super(message, cause);
        this.failure = failure;
        this.httpStatus = httpStatus;
        this.error = error;
        this.outcomeUnknown = outcomeUnknown;
        this.notBefore = notBefore;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** The error code from the body, or the failure's name when there was no body. */
    public String code() {
        return error != null ? error.code() : failure.name();
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** Whether the request was not sent at all because the server's Retry-After still held. */
    public boolean heldBack() {
        return notBefore != null && httpStatus == 0;
    }

    /** The moment before which the server asked not to be sent anything, if it asked (Retry-After). */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    /** Whether trying again later may succeed (the outbox keeps the record pending). */
    public boolean transientFailure() {
        return failure == Failure.UNREACHABLE || failure == Failure.SERVER_ERROR || failure == Failure.TOKEN_REJECTED;
    }
}
