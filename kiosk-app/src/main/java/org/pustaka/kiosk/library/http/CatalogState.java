package org.pustaka.kiosk.library.http;

import java.time.Instant;
import java.util.Objects;

/**
 * How the last exchange with the central catalog went, for diagnostics: {@code TOKEN_REJECTED} is its own
 * state because only a technician can fix it (run {@code kiosk enroll} again).
 */
public record CatalogState(Kind kind, String detail, Instant at) {

    public enum Kind { NOT_CONFIGURED, NOT_CONTACTED, ONLINE, UNREACHABLE, SERVER_ERROR, TOKEN_REJECTED, MALFORMED_ANSWER }

    public CatalogState {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    static CatalogState of(CatalogException e, Instant at) {
        Kind kind = switch (e.failure()) {
            case UNREACHABLE -> Kind.UNREACHABLE;
            case SERVER_ERROR -> Kind.SERVER_ERROR;
            case TOKEN_REJECTED -> Kind.TOKEN_REJECTED;
            case MALFORMED -> Kind.MALFORMED_ANSWER;
            case REFUSED -> Kind.ONLINE;
        };
        return new CatalogState(kind, e.getMessage(), at);
    }
}
