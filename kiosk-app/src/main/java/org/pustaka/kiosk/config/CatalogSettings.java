package org.pustaka.kiosk.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The central catalog HTTP API. Without a URL (the demo default) events and visits live in the local
 * store and transaction reports wait in the outbox.
 */
public record CatalogSettings(URI url, String token, Path truststore, String truststorePassword,
                              int connectTimeoutMillis, int responseTimeoutMillis, int heartbeatSeconds) {

    static CatalogSettings read(ConfigReader r) {
        String url = r.string("catalog.url", "");
        URI uri = null;
        if (!url.isEmpty()) {
            try {
                uri = URI.create(url.endsWith("/") ? url : url + "/");
                if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                    r.problem("catalog.url", url, "an http:// or https:// address such as https://katalog.example/api/v1/");
                    uri = null;
                }
            } catch (IllegalArgumentException e) {
                r.problem("catalog.url", url, "an http:// or https:// address such as https://katalog.example/api/v1/");
            }
        }
        String truststore = r.string("catalog.truststore", "");
        return new CatalogSettings(uri,
                r.string("catalog.token", ""),
                truststore.isEmpty() ? null : Path.of(truststore),
                r.string("catalog.truststorePassword", ""),
                r.integer("catalog.connectTimeoutMillis", 5000, 100, 120_000),
                r.integer("catalog.responseTimeoutMillis", 10_000, 100, 300_000),
                r.integer("catalog.heartbeatSeconds", 60, 5, 3600));
    }

    public Optional<URI> urlIfConfigured() {
        return Optional.ofNullable(url);
    }

    @Override
    public String toString() {
        return "CatalogSettings[" + url + ", token=****]";
    }
}
