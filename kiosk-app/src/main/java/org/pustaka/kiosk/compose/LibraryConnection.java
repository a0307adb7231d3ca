package org.pustaka.kiosk.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.HttpLibrarySystem;
import org.pustaka.kiosk.library.sip2.Sip2LibrarySystem;
import org.pustaka.sip2.sim.SimulatedAcs;

/**
 * The library system as the configuration names it: {@code sim} starts the simulated SIP2 server on
 * loopback in this process (loans kept in {@code sim-library.json} in the data directory) and talks SIP2
 * to it like to a real one; {@code sip2} connects to the configured server; {@code http} uses the
 * central catalog API's circulation endpoints (for SLiMS and INLISLite). Closing it closes both.
 */
public final class LibraryConnection implements AutoCloseable {
    private final LibrarySystem library;
    private final SimulatedAcs simulated;

    private LibraryConnection(LibrarySystem library, SimulatedAcs simulated) {
        this.library = library;
        this.simulated = simulated;
    }

    static LibraryConnection open(KioskConfig config) {
        Clock clock = Clock.system(config.kiosk().zone());
        switch (config.library().type()) {
            case "sim" -> {
                SimServer server = startSimServer(config.kiosk().dataDir().resolve("sim-library.json"));
                Sip2Settings s = config.sip2().onLoopback(server.port(), config.sip2().institution(), config.sip2().charset());
                return new LibraryConnection(new Sip2LibrarySystem(s, config.kiosk().zone(), clock), server.acs());
            }
            case "sip2" -> {
                return new LibraryConnection(new Sip2LibrarySystem(config.sip2(), config.kiosk().zone(), clock), null);
            }
            case "http" -> {
                if (config.catalog().urlIfConfigured().isEmpty()) {
                    throw new IllegalStateException("library.type=http needs catalog.url (and catalog.token): the"
                            + " central catalog API that carries circulation for systems without SIP2.");
                }
                try {
                    return new LibraryConnection(new HttpLibrarySystem(config.catalog()), null);
                } catch (CatalogException e) {
                    throw new IllegalStateException("Cannot use the central catalog for circulation: "
                            + e.getMessage(), e);
                }
            }
            default -> throw new IllegalStateException("library.type=" + config.library().type()
                    + " is not known; use sim, sip2 or http.");
        }
    }

    LibrarySystem library() {
        return library;
    }

    /** Switches the simulated library off and on; null for a real one. */
    Consumer<Boolean> offlineSwitch() {
        return simulated == null ? null : simulated::setOffline;
    }

    @Override
    public void close() {
        library.close();
        if (simulated != null) {
            simulated.close();
        }
    }

    /** A simulated library system serving on loopback, its loans in {@code stateFile}. */
    public record SimServer(SimulatedAcs acs, int port) implements AutoCloseable {
        @Override
        public void close() {
            acs.close();
        }
    }

    public static SimServer startSimServer(Path stateFile) {
        SimulatedAcs acs = new SimulatedAcs();
        try {
            return new SimServer(acs, acs.start(0, stateFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the simulated library system: " + e.getMessage(), e);
        }
    }

    /** A SIP2 client for the server a kiosk configuration file names. */
    public static LibrarySystem sip2Client(Path configFile) {
        try {
            KioskConfig c = KioskConfig.load(configFile, Map.of());
            return new Sip2LibrarySystem(c.sip2(), c.kiosk().zone(), Clock.system(c.kiosk().zone()));
        } catch (ConfigException e) {
            throw new IllegalStateException("The configuration " + configFile + " is not valid: " + e.getMessage(), e);
        }
    }

    /** Configuration keys a kiosk needs to log in to the simulated library (it accepts any login). */
    public static Map<String, String> simCredentials() {
        return Map.of("sip2.institution", "MLG");
    }
}
