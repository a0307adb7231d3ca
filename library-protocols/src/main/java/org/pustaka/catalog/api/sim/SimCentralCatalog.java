package org.pustaka.catalog.api.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pustaka.catalog.api.CatalogJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central catalog API ({@code docs/central-catalog-api.yaml}) on loopback, in memory, for the demo
 * and tests: events with waiting lists, school-visit slots, circulation for a small library, and the
 * kiosk reports, each deduplicated by its UUID. Faults are switched per instance while it runs: a share
 * of requests answered 503 (drawn from a seeded random), a share processed and then left without answer
 * (the connection is dropped: a lost response), slow answers, a refused token, and the whole catalog
 * off the network ({@link #offline}: connections refused). {@link #received()}
 * lists what arrived, for tests. Thread-safe; requests are served by a small pool.
 */
public final class SimCentralCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimCentralCatalog.class);
    static final String ROOT = "/api/v1/";

    private final SimRoutes routes;
    private final Random random;
    private final List<SimReceived> received = new ArrayList<>();
    private volatile double failureShare;
    private volatile double dropShare;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean rejectToken;
    private HttpServer server;
    private ExecutorService pool;
    private int port;
    private boolean closed;

    /** A catalog that accepts {@code token}, with demo data laid out from today and faults drawn from {@code seed}. */
    public SimCentralCatalog(String token, long seed) {
        this(token, seed, Clock.systemUTC());
    }

    public SimCentralCatalog(String token, long seed, Clock clock) {
        SimSeed data = SimSeed.load();
        LocalDate today = LocalDate.now(clock.withZone(data.zone));
        this.routes = new SimRoutes(token, data, today, clock, this::record);
        this.random = new Random(seed);
    }

    /** Starts on a free loopback port; answers the API root such as {@code http://127.0.0.1:40123/api/v1/}. */
    public synchronized URI start() throws IOException {
        return start(0);
    }

    public synchronized URI start(int port) throws IOException {
        if (server != null || closed) {
            throw new IllegalStateException("the simulated catalog is already running or closed");
        }
        listen(port);
        return baseUri();
    }

    private void listen(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "sim-catalog");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext(ROOT, this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** The API root; it stays the same while the catalog is {@link #offline}. */
    public synchronized URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + ROOT);
    }

    /** Stops listening; {@link #start(int)} may start it again with its data. */
    public synchronized void stop() {
        unlisten();
    }

    private void unlisten() {
        if (server != null) {
            server.stop(0);
            pool.shutdownNow();
            server = null;
        }
    }

    /**
     * Takes the catalog off the network, as when the line is down: the port is closed, so every
     * connection is refused and nothing is received. Switched back, it listens on the same port with all
     * its data. Blocks briefly; fails when the port was taken meanwhile.
     */
    public synchronized void offline(boolean offline) throws IOException {
        if (closed || port == 0) {
            throw new IllegalStateException("the simulated catalog is not running");
        }
        if (offline) {
            unlisten();
        } else if (server == null) {
            listen(port);
        }
    }

    public synchronized boolean isOffline() {
        return server == null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        unlisten();
    }

    /** Answers this share (0 to 1) of requests with 503 before doing anything. */
    public SimCentralCatalog failShare(double share) {
        this.failureShare = share;
        return this;
    }

    /** Processes this share of requests and then drops the connection without answering. */
    public SimCentralCatalog dropShare(double share) {
        this.dropShare = share;
        return this;
    }

    /** Waits this long before answering each request. */
    public SimCentralCatalog slowAnswers(Duration wait) {
        this.delay = wait;
        return this;
    }

    /** Answers 401 to every request that needs a token. */
    public SimCentralCatalog rejectToken(boolean reject) {
        this.rejectToken = reject;
        return this;
    }

    /** Lets kiosk {@code kioskId} enroll with {@code code}. */
    public void addEnrollmentCode(String kioskId, String code) {
        routes.addEnrollmentCode(kioskId, code);
    }

    /** Pairs a contactless card's UID with a member ({@code GET cards/{uid}} answers it). */
    public void pairCard(String uid, String memberId) {
        routes.pairCard(uid, memberId);
    }

    /** Everything received so far, oldest first. */
    public List<SimReceived> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The simulated data (events, slots, circulation, stored reports) for assertions and the demo. */
    public SimRoutes data() {
        return routes;
    }

    private void record(SimReceived r) {
        synchronized (received) {
            received.add(r);
        }
    }

    private synchronized boolean roll(double share) {
        return share > 0 && random.nextDouble() < share;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath().substring(ROOT.length());
            pause();
            if (roll(failureShare)) {
                record(new SimReceived(method, path, "", false, 503));
                respond(ex, SimAnswer.error(503, "UNAVAILABLE", "Layanan sedang sibuk, coba lagi.",
                        "The service is busy; try again."));
                return;
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            SimAnswer answer;
            try {
                answer = routes.route(method, path, ex.getRequestURI().getRawQuery(), auth, rejectToken,
                        ex.getRequestHeaders().getFirst("Idempotency-Key"), body);
            } catch (IllegalArgumentException | DateTimeException e) {
                answer = SimAnswer.error(400, "INVALID_REQUEST", "Permintaan tidak dapat dibaca.",
                        "The request cannot be read.");
            }
            if (roll(dropShare)) {
                record(new SimReceived(method, path, "", false, 0));
                return; // closing the exchange before any header drops the connection: the answer is lost
            }
            respond(ex, answer);
        } catch (RuntimeException e) {
            LOG.warn("simulated catalog failed on {}: {}", ex.getRequestURI(), e.toString());
            respond(ex, SimAnswer.error(500, "INTERNAL", "Kesalahan server.", "Server error."));
        }
    }

    private void pause() {
        Duration d = delay;
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void respond(HttpExchange ex, SimAnswer a) throws IOException {
        if (a.body() == null) {
            ex.sendResponseHeaders(a.status() == 200 ? 204 : a.status(), -1);
            return;
        }
        byte[] bytes = CatalogJson.write(a.body());
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(a.status(), bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
