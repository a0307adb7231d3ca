package org.pustaka.kiosk.library.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes path segments and query values of API paths (an event id may hold any character). */
final class Paths {
    private Paths() {
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
