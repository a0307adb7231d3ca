package org.pustaka.kiosk.library.http;

/** An HTTP answer that is neither a token refusal nor a server error: a 2xx, or a 4xx with its error body. */
record CatalogAnswer(int status, byte[] body) {
    boolean success() {
        return status >= 200 && status < 300;
    }
}
