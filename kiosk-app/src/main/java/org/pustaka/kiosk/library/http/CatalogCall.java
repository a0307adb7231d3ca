package org.pustaka.kiosk.library.http;

import java.util.Objects;
import java.util.UUID;

/**
 * One request to the central catalog. {@code path} is relative to the API root ({@code events?from=..}),
 * already encoded. {@code idempotent} says whether the request may be repeated after it may have reached
 * the server: true for GET and DELETE and for every POST that carries a UUID the server deduplicates by.
 * Requests that are not are still retried when the connection could not even be opened.
 */
record CatalogCall(String method, String path, Object body, UUID idempotencyKey, boolean idempotent,
                   boolean authenticated) {
    CatalogCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    static CatalogCall get(String path) {
        return new CatalogCall("GET", path, null, null, true, true);
    }

    static CatalogCall delete(String path) {
        return new CatalogCall("DELETE", path, null, null, true, true);
    }

    /** A POST the server deduplicates by {@code key} (or by the ids inside a batch when {@code key} is null). */
    static CatalogCall idempotentPost(String path, Object body, UUID key) {
        return new CatalogCall("POST", path, body, key, true, true);
    }

    /** A POST that must not be repeated once it may have arrived (a PIN check counts failed attempts). */
    static CatalogCall oncePost(String path, Object body, boolean authenticated) {
        return new CatalogCall("POST", path, body, null, false, authenticated);
    }
}
