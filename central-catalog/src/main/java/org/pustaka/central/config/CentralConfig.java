package org.pustaka.central.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The service's settings, read once at start-up by {@link ConfigReader} and immutable afterwards.
 * {@code raw} keeps every key as read (file plus environment), so a feature can read keys of its own
 * through {@link ConfigReader} helpers without this record knowing them.
 */
public record CentralConfig(
        String httpHost,
        int httpPort,
        long maxBodyBytes,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Duration dbConnectTimeout,
        ZoneId libraryZone,
        Duration enrollmentCodeValidity,
        Map<String, String> raw) {

    public CentralConfig {
        raw = Map.copyOf(raw);
    }

    @Override
    public String toString() {
        return "CentralConfig[http=" + httpHost + ":" + httpPort + ", db=" + dbUrl + ", user=" + dbUser
                + ", password=****, pool=" + dbPoolSize + ", zone=" + libraryZone + "]";
    }
}
