package org.pustaka.kiosk.library.http;

import java.net.URI;
import org.pustaka.kiosk.config.CatalogSettings;

/** Catalog settings for tests: short timeouts and retries a few milliseconds apart. */
public final class TestSettings {
    public static final String TOKEN = "test-token-7f3a";

    private TestSettings() {
    }

    public static CatalogSettings forBase(String baseUrl) {
        return forBase(baseUrl, 3);
    }

    public static CatalogSettings forBase(String baseUrl, int attempts) {
        String root = baseUrl.endsWith("/api/v1/") ? baseUrl : baseUrl + "/api/v1/";
        return new CatalogSettings(URI.create(root), TOKEN, null, "", 1000, 700, 60, attempts, 5, 1, 50);
    }
}
