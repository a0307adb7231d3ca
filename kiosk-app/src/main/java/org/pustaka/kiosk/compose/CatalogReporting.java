package org.pustaka.kiosk.compose;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.hub.DeliveryListener;
import org.pustaka.kiosk.hub.DeviceStates;
import org.pustaka.kiosk.hub.Heartbeat;
import org.pustaka.kiosk.hub.OutboxSender;
import org.pustaka.kiosk.hub.SurveyReporter;
import org.pustaka.kiosk.hub.UsageMetrics;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.store.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that reports to the central catalog, composed from the configuration: the outbox sender,
 * the heartbeat, usage metrics and survey answers. Without {@code catalog.url} the sender is idle, there
 * is no heartbeat, and every report waits in the outbox until a catalog is configured.
 */
public final class CatalogReporting implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogReporting.class);

    private final CentralCatalogClient client;
    private final OutboxSender sender;
    private final Heartbeat heartbeat;
    private final UsageMetrics metrics;
    private final SurveyReporter survey;

    private CatalogReporting(CentralCatalogClient client, OutboxSender sender, Heartbeat heartbeat,
                             UsageMetrics metrics, SurveyReporter survey) {
        this.client = client;
        this.sender = sender;
        this.heartbeat = heartbeat;
        this.metrics = metrics;
        this.survey = survey;
    }

    /** The central catalog client when {@code catalog.url} is configured and usable, else null. */
    public static CentralCatalogClient clientFor(KioskConfig config) {
        if (config.catalog().urlIfConfigured().isEmpty()) {
            return null;
        }
        try {
            return new CentralCatalogClient(config.catalog(), config.kiosk().id());
        } catch (CatalogException e) {
            LOG.warn("The central catalog cannot be used ({}); reports wait in the outbox.", e.getMessage());
            return null;
        }
    }

    /**
     * Builds and starts the reporting over {@code client} (null: catalog offline, reports wait);
     * {@code listener} hears registrations and bookings answered. Closing it closes the client.
     */
    public static CatalogReporting start(KioskConfig config, CentralCatalogClient client, OutboxStore outbox,
                                         DeviceStates devices, DeliveryListener listener) {
        Clock clock = Clock.system(config.kiosk().zone());
        OutboxSender sender = new OutboxSender(outbox, client, config.catalog(), listener);
        sender.start();
        Heartbeat heartbeat = null;
        if (client != null) {
            heartbeat = new Heartbeat(client, Duration.ofSeconds(config.catalog().heartbeatSeconds()), devices, outbox,
                    sender::lastError, clock);
            heartbeat.start();
        }
        return new CatalogReporting(client, sender, heartbeat, new UsageMetrics(outbox, config.kiosk().zone(), clock),
                new SurveyReporter(outbox, clock));
    }

    public OutboxSender sender() {
        return sender;
    }

    public Optional<Heartbeat> heartbeat() {
        return Optional.ofNullable(heartbeat);
    }

    public Optional<CentralCatalogClient> client() {
        return Optional.ofNullable(client);
    }

    public UsageMetrics metrics() {
        return metrics;
    }

    public SurveyReporter survey() {
        return survey;
    }

    @Override
    public void close() {
        metrics.flush();
        if (heartbeat != null) {
            heartbeat.close();
        }
        sender.close();
        if (client != null) {
            client.close();
        }
    }
}
