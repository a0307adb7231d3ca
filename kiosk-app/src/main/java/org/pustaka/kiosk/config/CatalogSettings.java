package org.pustaka.kiosk.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The central catalog HTTP API. Without a URL (the demo default) events and visits live in the local
 * store and transaction reports wait in the outbox. {@code retryAttempts} and {@code retryBaseMillis}
 * shape the HTTP client's retries of one request; {@code sendIntervalSeconds} and {@code batchSize} the
 * outbox sender's rounds.
 */
public record CatalogSettings(URI url, String token, Path truststore, String truststorePassword,
                              int connectTimeoutMillis, int responseTimeoutMillis, int heartbeatSeconds,
                              int retryAttempts, int retryBaseMillis, int sendIntervalSeconds, int batchSize) {

    public static final int DEFAULT_RETRY_ATTEMPTS = 3;
    public static final int DEFAULT_RETRY_BASE_MILLIS = 500;
    public static final int DEFAULT_SEND_INTERVAL_SECONDS = 30;
    public static final int DEFAULT_BATCH_SIZE = 50;

    /** The settings with the default retry and outbox values. */
    public CatalogSettings(URI url, String token, Path truststore, String truststorePassword,
                           int connectTimeoutMillis, int responseTimeoutMillis, int heartbeatSeconds) {
        this(url, token, truststore, truststorePassword, connectTimeoutMillis, responseTimeoutMillis, heartbeatSeconds,
                DEFAULT_RETRY_ATTEMPTS, DEFAULT_RETRY_BASE_MILLIS, DEFAULT_SEND_INTERVAL_SECONDS, DEFAULT_BATCH_SIZE);
    }

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
                r.integer("catalog.heartbeatSeconds", 60, 5, 3600),
                r.integer("catalog.retryAttempts", DEFAULT_RETRY_ATTEMPTS, 1, 10),
                r.integer("catalog.retryBaseMillis", DEFAULT_RETRY_BASE_MILLIS, 1, 60_000),
                r.integer("catalog.sendIntervalSeconds", DEFAULT_SEND_INTERVAL_SECONDS, 1, 3600),
                r.integer("catalog.batchSize", DEFAULT_BATCH_SIZE, 1, 500));
    }

    public Optional<URI> urlIfConfigured() {
        return Optional.ofNullable(url);
    }

    /** The same settings with another token (after enrollment). */
    public CatalogSettings withToken(String newToken) {
        return new CatalogSettings(url, newToken, truststore, truststorePassword, connectTimeoutMillis,
                responseTimeoutMillis, heartbeatSeconds, retryAttempts, retryBaseMillis, sendIntervalSeconds, batchSize);
    }

    @Override
    public String toString() {
        return "CatalogSettings[" + url + ", token=****]";
    }
}
