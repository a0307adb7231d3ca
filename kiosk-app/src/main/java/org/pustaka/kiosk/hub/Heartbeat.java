package org.pustaka.kiosk.hub;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.catalog.api.DeviceState;
import org.pustaka.catalog.api.HeartbeatAck;
import org.pustaka.catalog.api.HeartbeatReport;
import org.pustaka.kiosk.store.OutboxStore;
import org.pustaka.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the central catalog every {@code catalog.heartbeatSeconds} that the kiosk is alive: its version,
 * each device's state, the outbox depth and the last error. Runs on its own daemon thread
 * ({@code heartbeat}); a failed beat is logged and the next one comes on time (a heartbeat is not
 * queued: only the latest matters). While the catalog's {@code Retry-After} holds, beats are not sent
 * (the client refuses them at once) and only noted in the debug log. Lifecycle: {@link #start()}, {@link #beatNow()} from any thread,
 * {@link #close()}.
 */
public final class Heartbeat implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final CentralCatalogClient client;
    private final Duration interval;
    private final DeviceStates devices;
    private final OutboxStore outbox;
    private final Supplier<String> lastError;
    private final Clock clock;
    private final String version;
    private final ScheduledExecutorService thread;
    private volatile String ownError = "";

    /**
     * @param lastError the newest error worth reporting (such as {@code OutboxSender::lastError}); empty when none
     */
    public Heartbeat(CentralCatalogClient client, Duration interval, DeviceStates devices, OutboxStore outbox,
                     Supplier<String> lastError, Clock clock) {
        this.client = client;
        this.interval = interval;
        this.devices = devices;
        this.outbox = outbox;
        this.lastError = lastError;
        this.clock = clock;
        String v = Heartbeat.class.getPackage().getImplementationVersion();
        this.version = v == null ? "dev" : v;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::beatQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends one heartbeat now, on the caller's thread. */
    public HeartbeatAck beatNow() throws CatalogException {
        try {
            HeartbeatAck ack = client.heartbeat(report());
            ownError = "";
            return ack;
        } catch (CatalogException e) {
            ownError = e.getMessage();
            throw e;
        }
    }

    /** The report the next beat would send. */
    public HeartbeatReport report() {
        List<DeviceState> states = devices.current().stream()
                .map(d -> new DeviceState(d.device(), d.state().name(), d.detail())).toList();
        int depth;
        try {
            depth = outbox.depth();
        } catch (StoreException e) {
            depth = -1;
        }
        String error = lastError.get();
        if (error == null || error.isEmpty()) {
            error = ownError;
        }
        return new HeartbeatReport(version, clock.instant(), states, depth, error);
    }

    /** Failure of the last beat, empty when it went through. */
    public String lastError() {
        return ownError;
    }

    private void beatQuietly() {
        try {
            beatNow();
        } catch (CatalogException e) {
            if (e.heldBack()) {
                LOG.debug("Heartbeat held back: {}", e.getMessage());
            } else {
                LOG.warn("Heartbeat not delivered: {}", e.getMessage());
            }
        } catch (RuntimeException e) {
            ownError = "The heartbeat failed: " + e;
            LOG.error("heartbeat failed", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
