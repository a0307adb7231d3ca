package org.pustaka.kiosk.config;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Connection to a SIP2 server (ACS). Secrets ({@code password}, {@code truststorePassword},
 * {@code terminalPassword}) are never logged. {@code terminalPassword} goes in the AC field of every
 * request that has one; empty (the default) for servers that expect none.
 */
public record Sip2Settings(String host, int port, boolean tls, Path truststore, String truststorePassword,
                           String user, String password, String location, String institution, Charset charset,
                           boolean errorDetection, int connectTimeoutMillis, int readTimeoutMillis, int retries,
                           String terminalPassword) {

    public Sip2Settings {
        terminalPassword = terminalPassword == null ? "" : terminalPassword;
    }

    /**
     * These settings pointed at a SIP2 server on this machine (plain TCP on {@code port}) speaking for
     * {@code institution} in {@code charset}: the simulated library in the same process.
     */
    public Sip2Settings onLoopback(int port, String institution, Charset charset) {
        return new Sip2Settings("127.0.0.1", port, false, null, "", user, password, location, institution, charset,
                errorDetection, connectTimeoutMillis, readTimeoutMillis, retries, terminalPassword);
    }

    static Sip2Settings read(ConfigReader r) {
        String charsetName = r.choice("sip2.charset", "UTF-8", "UTF-8", "ISO-8859-1", "IBM850");
        String truststore = r.string("sip2.truststore", "");
        return new Sip2Settings(
                r.string("sip2.host", "127.0.0.1"),
                r.integer("sip2.port", 6001, 1, 65535),
                r.bool("sip2.tls", false),
                truststore.isEmpty() ? null : Path.of(truststore),
                r.string("sip2.truststorePassword", ""),
                r.string("sip2.user", ""),
                r.string("sip2.password", ""),
                r.string("sip2.location", ""),
                r.string("sip2.institution", "MLG"),
                Charset.forName(charsetName.toUpperCase(java.util.Locale.ROOT)),
                r.bool("sip2.errorDetection", true),
                r.integer("sip2.connectTimeoutMillis", 5000, 100, 120_000),
                r.integer("sip2.readTimeoutMillis", 10_000, 100, 300_000),
                r.integer("sip2.retries", 2, 0, 10),
                r.string("sip2.terminalPassword", ""));
    }

    @Override
    public String toString() {
        return "Sip2Settings[" + host + ":" + port + (tls ? " tls" : "") + ", user=" + user + ", password=****"
                + (terminalPassword.isEmpty() ? "" : ", terminalPassword=****") + "]";
    }
}
