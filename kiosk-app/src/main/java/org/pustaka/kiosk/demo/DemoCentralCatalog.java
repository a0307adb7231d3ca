package org.pustaka.kiosk.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The windowed demo's central catalog when the configuration names none: {@link SimCentralCatalog} in
 * this process on a free loopback port, with a token of its own, and the configuration pointed at it,
 * so reports, heartbeats, events and visits really travel over HTTP. The devices window switches it off
 * the network and back ({@link #offline}). Closing it stops the server.
 */
public final class DemoCentralCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCentralCatalog.class);
    /** Rounds every few seconds, so a report shows up at the catalog while the demo is watched. */
    static final int SEND_INTERVAL_SECONDS = 5;

    private final SimCentralCatalog sim;
    private final KioskConfig config;

    private DemoCentralCatalog(SimCentralCatalog sim, KioskConfig config) {
        this.sim = sim;
        this.config = config;
    }

    /** Starts the simulated catalog for {@code config}, or answers empty when it names a catalog already. */
    public static Optional<DemoCentralCatalog> startFor(KioskConfig config) {
        if (config.catalog().urlIfConfigured().isPresent()) {
            return Optional.empty();
        }
        String token = "demo-" + UUID.randomUUID();
        SimCentralCatalog sim = new SimCentralCatalog(token, 1L);
        URI url;
        try {
            url = sim.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo's simulated central catalog could not open a loopback port", e);
        }
        CatalogSettings c = config.catalog();
        CatalogSettings settings = new CatalogSettings(url, token, null, "", 1000, 5000, c.heartbeatSeconds(),
                2, 200, SEND_INTERVAL_SECONDS, c.batchSize());
        KioskConfig pointed = new KioskConfig(config.kiosk(), config.library(), config.sip2(), settings, config.rfid(),
                config.printer(), config.gpio(), config.session(), config.offline(), config.ui(), config.diagnostics(),
                config.maskedView(), config.cards());
        LOG.info("The demo's simulated central catalog answers at {}.", url);
        return Optional.of(new DemoCentralCatalog(sim, pointed));
    }

    /** The demo's configuration with {@code catalog.url} and token pointing at the simulated catalog. */
    public KioskConfig config() {
        return config;
    }

    SimCentralCatalog sim() {
        return sim;
    }

    /** Takes the simulated catalog off the network (connections refused) or back. Blocks briefly. */
    void offline(boolean offline) throws IOException {
        sim.offline(offline);
    }

    @Override
    public void close() {
        sim.close();
    }
}
