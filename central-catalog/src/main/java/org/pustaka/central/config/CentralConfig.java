package org.pustaka.central.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The service's settings, read once at start-up by {@link ConfigReader} and immutable afterwards.
 * {@code raw} keeps every key as read (file plus environment), so a feature can read keys of its own
 * through {@link ConfigReader} helpers without this record knowing them. {@code slims} is null when no
 * {@code slims.url} is configured: the service then runs without circulation (answers 503 to it).
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
        Duration ledgerRetention,
        SlimsSettings slims,
        Map<String, String> raw) {

    public CentralConfig {
        raw = Map.copyOf(raw);
    }

    /** The same settings listening on another host and port, with at least {@code pool} connections. */
    public CentralConfig listeningOn(String host, int port, int pool) {
        return new CentralConfig(host, port, maxBodyBytes, dbUrl, dbUser, dbPassword, Math.max(pool, dbPoolSize),
                dbConnectTimeout, libraryZone, enrollmentCodeValidity, ledgerRetention, slims == null ? null
                : new SlimsSettings(slims.url(), slims.user(), slims.password(), Math.max(pool, slims.poolSize()),
                        slims.staffUser(), slims.pinRequired(), slims.lockWait()), raw);
    }

    @Override
    public String toString() {
        return "CentralConfig[http=" + httpHost + ":" + httpPort + ", db=" + dbUrl + ", user=" + dbUser
                + ", password=****, pool=" + dbPoolSize + ", zone=" + libraryZone + "]";
    }
}
