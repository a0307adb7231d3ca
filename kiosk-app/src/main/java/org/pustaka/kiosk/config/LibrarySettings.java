package org.pustaka.kiosk.config;

/**
 * Which library system the kiosk talks to for circulation: {@code sim} (the built-in simulated SIP2
 * server, for the demo), {@code sip2} (the library's SIP2 server, see {@link Sip2Settings}) or
 * {@code http} (the central catalog API, see {@link CatalogSettings}).
 */
public record LibrarySettings(String type) {

    static LibrarySettings read(ConfigReader r) {
        return new LibrarySettings(r.choice("library.type", "sim", "sim", "sip2", "http"));
    }
}
