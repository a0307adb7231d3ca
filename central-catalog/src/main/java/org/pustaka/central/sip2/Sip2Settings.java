package org.pustaka.central.sip2;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.pustaka.central.config.ConfigException;

/**
 * The SIP2 server's settings, read from the service's config keys {@code sip2.*}. The server runs only when
 * {@code sip2.port} is set ({@code 0} picks a free port). Plain TCP only: SIP2 carries card numbers and PINs in
 * clear text, so it belongs on the library's own network or behind a TLS tunnel (stunnel) until TLS is built in.
 */
public record Sip2Settings(String host, int port, String institutionId, Charset charset, Duration idleTimeout,
                           int maxConnections) {

    /** The settings when {@code sip2.port} is configured; empty when the SIP2 server is off. */
    public static Optional<Sip2Settings> from(Map<String, String> raw) {
        String port = raw.get("sip2.port");
        if (port == null || port.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Sip2Settings(raw.getOrDefault("sip2.host", "127.0.0.1"),
                number(raw, "sip2.port", port, 0, 65535),
                raw.getOrDefault("sip2.institutionId", "MLG"),
                charset(raw.getOrDefault("sip2.charset", "UTF-8")),
                Duration.ofSeconds(number(raw, "sip2.idleTimeoutSeconds",
                        raw.getOrDefault("sip2.idleTimeoutSeconds", "600"), 5, 86_400)),
                number(raw, "sip2.maxConnections", raw.getOrDefault("sip2.maxConnections", "64"), 1, 1000)));
    }

    private static int number(Map<String, String> raw, String key, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new ConfigException("Config key " + key + " has the value '" + value + "': it must be a whole number"
                + " from " + min + " to " + max + ".");
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ConfigException("Config key sip2.charset has the value '" + name + "': it must be a"
                    + " character set such as UTF-8, ISO-8859-1 or IBM850 (the one your terminals use).");
        }
    }
}
