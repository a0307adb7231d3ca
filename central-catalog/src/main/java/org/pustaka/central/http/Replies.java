package org.pustaka.central.http;

import io.javalin.http.Context;

/** Writes an {@link Answer} as the HTTP response. */
final class Replies {
    private Replies() {
    }

    static void send(Context ctx, Answer a) {
        ctx.status(a.status()).contentType("application/json").result(a.body());
    }

    static void json(Context ctx, int status, Object value) {
        send(ctx, Answer.json(status, value));
    }
}
