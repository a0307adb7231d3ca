package org.pustaka.central.staff;

import io.javalin.http.Context;

/**
 * Writes the staff pages' cookies with their flags: always HttpOnly and SameSite=Lax, Secure when the service is
 * configured for HTTPS or the request arrived over HTTPS (directly or through a proxy saying so).
 */
final class Cookies {
    static final String SESSION = "pustaka_staff";
    static final String LOGIN_CSRF = "pustaka_login_csrf";
    static final String LANG = "pustaka_lang";

    private final boolean alwaysSecure;

    Cookies(boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    void set(Context ctx, String name, String value, long maxAgeSeconds) {
        boolean secure = alwaysSecure || "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/staff; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }
}
