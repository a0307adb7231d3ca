package org.pustaka.kiosk.library.http;

/**
 * An HTTP answer as the transport read it: status, body and the {@code Retry-After} header (null when
 * absent). The transport hands on only 2xx and 4xx answers, never a token refusal or a server error.
 */
record CatalogAnswer(int status, byte[] body, String retryAfter) {
    CatalogAnswer(int status, byte[] body) {
        this(status, body, null);
    }

    boolean success() {
        return status >= 200 && status < 300;
    }
}
