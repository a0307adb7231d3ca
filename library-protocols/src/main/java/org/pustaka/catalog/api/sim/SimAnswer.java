package org.pustaka.catalog.api.sim;

import org.pustaka.catalog.api.ApiError;

/** What a simulated endpoint answers: an HTTP status and a body to write as JSON (null for none). */
record SimAnswer(int status, Object body) {

    static SimAnswer ok(Object body) {
        return new SimAnswer(200, body);
    }

    static SimAnswer error(int status, String code, String id, String en) {
        return new SimAnswer(status, ApiError.of(code, id, en));
    }
}
