package org.pustaka.central.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the service's properties file and lets environment variables override it: key {@code db.url}
 * is overridden by {@code PUSTAKA_CENTRAL_DB_URL} (upper case, dots and dashes as underscores). Every
 * error names the key, where the value came from, the value (never for secrets) and what to write instead.
 */
public final class ConfigReader {
    public static final String ENV_PREFIX = "PUSTAKA_CENTRAL_";
    private static final String[] KEYS = {"http.host", "http.port", "http.maxBodyBytes", "db.url", "db.user",
        "db.password", "db.poolSize", "db.connectTimeoutSeconds", "library.timezone", "enrollment.codeValidityHours",
        "ledger.retentionDays",
        "slims.url", "slims.user", "slims.password", "slims.poolSize", "slims.staffUser", "circulation.pinRequired",
        "circulation.lockWaitSeconds", "staff.secureCookie", "sip2.host", "sip2.port", "sip2.institutionId", "sip2.charset",
        "sip2.idleTimeoutSeconds", "sip2.maxConnections"};

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> origin = new LinkedHashMap<>();

    private ConfigReader() {
    }

    /** Reads {@code file} (may be null: defaults and environment only) and {@code env} over it. */
    public static CentralConfig read(Path file, Map<String, String> env) {
        ConfigReader r = new ConfigReader();
        if (file != null) {
            r.loadFile(file);
        }
        r.loadEnv(env);
        return r.build();
    }

    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private void loadFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigException("The config file " + file + " does not exist or cannot be read. "
                    + "Give the path of a readable properties file with --config, or leave --config out.");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("The config file " + file + " cannot be read as a properties file ("
                    + e.getMessage() + "). Write one key=value per line.");
        }
        for (String key : p.stringPropertyNames()) {
            values.put(key, p.getProperty(key).trim());
            origin.put(key, file.toString());
        }
    }

    private void loadEnv(Map<String, String> env) {
        for (String key : KEYS) {
            String v = env.get(envName(key));
            if (v != null) {
                values.put(key, v.trim());
                origin.put(key, "environment variable " + envName(key));
            }
        }
    }

    private CentralConfig build() {
        return new CentralConfig(
                text("http.host", "127.0.0.1"),
                integer("http.port", 8080, 0, 65535),
                integer("http.maxBodyBytes", 1_048_576, 1024, 64 * 1_048_576),
                jdbcUrl(),
                text("db.user", "pustaka_central"),
                values.getOrDefault("db.password", ""),
                integer("db.poolSize", 10, 1, 200),
                Duration.ofSeconds(integer("db.connectTimeoutSeconds", 5, 1, 300)),
                zone(),
                Duration.ofHours(integer("enrollment.codeValidityHours", 24, 1, 24 * 30)),
                Duration.ofDays(integer("ledger.retentionDays", 180, 45, 3650)),
                slims(),
                values);
    }

    private SlimsSettings slims() {
        if (!values.containsKey("slims.url")) {
            return null;
        }
        String url = text("slims.url", "");
        if (!url.startsWith("jdbc:mariadb://") && !url.startsWith("jdbc:mysql://")) {
            throw problem("slims.url", url, "must be a JDBC URL of SLiMS's database such as jdbc:mariadb://127.0.0.1:3306/slims");
        }
        return new SlimsSettings(url.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:"), text("slims.user", "pustaka_kiosk"),
                values.getOrDefault("slims.password", ""), integer("slims.poolSize", 10, 1, 200),
                text("slims.staffUser", "kiosk"), bool("circulation.pinRequired", true),
                Duration.ofSeconds(integer("circulation.lockWaitSeconds", 10, 1, 120)));
    }

    private boolean bool(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw problem(key, v, "must be true or false (default " + fallback + ")");
    }

    private String text(String key, String fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v.isEmpty()) {
            throw problem(key, v, "must not be empty; remove the line to use the default " + fallback);
        }
        return v;
    }

    private int integer(String key, int fallback, int min, int max) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw problem(key, v, "must be a whole number from " + min + " to " + max + " (default " + fallback + ")");
    }

    private String jdbcUrl() {
        String v = text("db.url", "jdbc:mariadb://127.0.0.1:3306/pustaka_central");
        if (!v.startsWith("jdbc:mariadb://")) {
            throw problem("db.url", v, "must be a MariaDB JDBC URL such as jdbc:mariadb://127.0.0.1:3306/pustaka_central");
        }
        return v;
    }

    private ZoneId zone() {
        String v = text("library.timezone", "Asia/Jakarta");
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw problem("library.timezone", v, "must be a time-zone id such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura");
        }
    }

    private ConfigException problem(String key, String value, String fix) {
        String from = origin.getOrDefault(key, "the defaults");
        String shown = key.endsWith("password") ? "****" : value;
        return new ConfigException("Config key " + key + " (from " + from + ") has the value '" + shown + "': it "
                + fix + ".");
    }
}
