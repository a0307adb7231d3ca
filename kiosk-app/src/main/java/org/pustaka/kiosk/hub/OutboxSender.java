package org.pustaka.kiosk.hub;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.Backoff;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.store.OutboxStore;
import org.pustaka.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the central catalog on its own thread ({@code outbox-sender}): every
 * {@code catalog.sendIntervalSeconds} a round sends each kind in {@link OutboxKinds#DELIVERY_ORDER},
 * oldest first, in batches of {@code catalog.batchSize}. After a passing failure the round stops and
 * the next one waits an exponential backoff with jitter (interval x 2^n, at most 15 minutes), so a kiosk
 * in a van without network does not drain its battery; when the catalog was reached but failed (a 5xx,
 * or an answer lost after the request left) the backoff starts at a second and grows to the interval. When the catalog answered 503 or 429 with a
 * {@code Retry-After} the client honours, the next round comes at that moment instead (at least a
 * second later); until then the client sends nothing. Accepted ids are marked sent and never sent
 * again; refused ones stay as REJECTED with the reason for staff. Without a client ("catalog offline",
 * no {@code catalog.url}) the sender is idle and every record stays pending.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #sendNow()} from any thread (diagnostics "retry now"),
 * {@link #sendSoon()} from any thread when the network is known to be back, {@link #close()} at shutdown.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    /** Rounds never follow each other closer than this, whatever the server asked. */
    private static final Duration MIN_WAIT = Duration.ofSeconds(1);

    private final OutboxStore store;
    private final OutboxDelivery delivery;
    private final CentralCatalogClient client;
    private final Duration interval;
    private final Backoff backoff;
    private final Backoff reachedBackoff;
    private final Random random = new Random();
    private final ScheduledExecutorService thread;
    private volatile String lastError = "";
    private volatile int failures;
    /** Whether the last failed round reached the catalog (a 5xx, or an answer lost after the request left). */
    private volatile boolean reached;
    private volatile boolean closed;
    private ScheduledFuture<?> next;
    private boolean soon;

    /**
     * @param client the central catalog, or null for the catalog-offline mode
     * @param listener told of each accepted or rejected record (registrations and visits need the answer)
     */
    public OutboxSender(OutboxStore store, CentralCatalogClient client, CatalogSettings settings,
                        DeliveryListener listener) {
        this.store = store;
        this.interval = Duration.ofSeconds(settings.sendIntervalSeconds());
        this.backoff = new Backoff(interval, MAX_BACKOFF.compareTo(interval) < 0 ? interval : MAX_BACKOFF);
        this.reachedBackoff = new Backoff(MIN_WAIT, interval.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : interval);
        this.client = client;
        this.delivery = client == null ? null
                : new OutboxDelivery(store, client, listener == null ? new DeliveryListener() { } : listener,
                        settings.batchSize());
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-sender");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether a central catalog is configured; when not, records wait in the outbox. */
    public boolean online() {
        return delivery != null;
    }

    /** Starts the rounds; in catalog-offline mode only says so in the log. */
    public void start() {
        if (delivery == null) {
            LOG.info("No central catalog configured (catalog.url): reports stay in the outbox ({} waiting).",
                    store.depth());
            return;
        }
        schedule(Duration.ZERO);
    }

    /**
     * Brings the next scheduled round forward to now, without waiting for it: the network is back, so
     * the backoff after earlier failures need not run out. Returns at once; does nothing when idle.
     */
    public synchronized void sendSoon() {
        if (delivery == null || closed) {
            return;
        }
        if (next == null) {
            soon = true; // a round is running: the one after it comes at once
        } else if (next.cancel(false)) {
            schedule(Duration.ZERO);
        }
    }

    private synchronized void schedule(Duration wait) {
        if (!closed) {
            try {
                next = thread.schedule(this::scheduledRound, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("outbox sender stopped while scheduling its next round");
            }
        }
    }

    /** Runs a round now on the sender's thread and waits for it (at most two minutes). */
    public SendReport sendNow() {
        if (delivery == null) {
            return new SendReport(0, 0, store.depth(), "No central catalog is configured (catalog.url is empty).");
        }
        try {
            return thread.submit(this::round).get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendReport(0, 0, -1, "Interrupted before the round finished.");
        } catch (ExecutionException | TimeoutException e) {
            return new SendReport(0, 0, -1, "The outbox round did not finish: " + e.getMessage());
        } catch (RejectedExecutionException e) {
            return new SendReport(0, 0, -1, "The outbox sender is stopped.");
        }
    }

    /** The last round's failure sentence, empty after a good round. */
    public String lastError() {
        return lastError;
    }

    /** Failed rounds in a row (0 after a good round). */
    public int consecutiveFailures() {
        return failures;
    }

    private void scheduledRound() {
        synchronized (this) {
            next = null;
        }
        SendReport report = round();
        Duration wait = nextWait(report);
        synchronized (this) {
            if (soon) {
                soon = false;
                wait = Duration.ZERO;
            }
            schedule(wait);
        }
    }

    /** The wait before the round after one that ended with {@code report}. */
    Duration nextWait(SendReport report) {
        if (!report.failed()) {
            return interval;
        }
        Optional<Duration> asked = client.waitAsked();
        if (asked.isPresent()) {
            return asked.get().compareTo(MIN_WAIT) < 0 ? MIN_WAIT : asked.get();
        }
        if (reached) {
            // the catalog is there but failed or lost an answer: try again soon rather than after the
            // interval's backoff, which is for a network that is away
            Duration soon = reachedBackoff.delay(failures + 1, random);
            return soon.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : soon;
        }
        return backoff.delay(failures + 1, random);
    }

    private SendReport round() {
        int acceptedBefore = delivery.acceptedCount();
        int rejectedBefore = delivery.rejectedCount();
        String error = "";
        boolean failedAfterReaching = false;
        try {
            delivery.markLeftovers();
            for (String kind : OutboxKinds.DELIVERY_ORDER) {
                delivery.deliver(kind);
            }
        } catch (CatalogException e) {
            error = e.getMessage();
            failedAfterReaching = e.failure() == CatalogException.Failure.SERVER_ERROR || e.outcomeUnknown();
        } catch (StoreException e) {
            error = "The local store failed while sending reports: " + e.getMessage();
        } catch (RuntimeException e) {
            error = "Sending reports failed unexpectedly: " + e;
            LOG.error("outbox round failed", e);
        }
        int depth;
        try {
            depth = store.depth();
        } catch (StoreException e) {
            depth = -1;
        }
        if (error.isEmpty()) {
            failures = 0;
        } else {
            failures++;
            LOG.warn("Outbox round failed ({} in a row, {} waiting): {}", failures, depth, error);
        }
        lastError = error;
        reached = failedAfterReaching;
        return new SendReport(delivery.acceptedCount() - acceptedBefore, delivery.rejectedCount() - rejectedBefore,
                depth, error);
    }

    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
