package org.pustaka.kiosk.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.kiosk.library.http.ApiJson;

/**
 * A central catalog that misbehaves as a real one on a bad day, for the delivery tests: a real HTTP
 * server on loopback in front of {@link SimCentralCatalog} (which implements
 * {@code docs/central-catalog-api.yaml} and applies each request id once). Of the requests it receives it
 * answers a share {@code 503} with {@code Retry-After: 1} or {@code 2} without passing them on, and of
 * the ones it passes on it drops a share after the catalog applied them: the connection is closed without
 * any answer, so the kiosk cannot know whether the request took effect. Draws come from a seeded random.
 *
 * <p>For the exactly-once check it keeps, per record id, what the catalog applied: the catalog's own
 * {@code received()} list says whether a request id was new or a repeat, and for cancellations (a
 * {@code DELETE} carries no request id of its own) this server counts how often a registration changed
 * from active to cancelled.
 */
final class FaultyCentralCatalog implements AutoCloseable {
    private static final String ROOT = "/api/v1/";

    private final SimCentralCatalog catalog;
    private final URI upstream;
    private final double unavailableShare;
    private final double dropShare;
    private final Random random;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "faulty-catalog");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<UUID, AtomicInteger> cancellations = new ConcurrentHashMap<>();
    private final Map<String, String> itemOfRequest = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    FaultyCentralCatalog(String token, long seed, double unavailableShare, double dropShare) throws IOException {
        this.catalog = new SimCentralCatalog(token, seed);
        this.upstream = catalog.start();
        this.unavailableShare = unavailableShare;
        this.dropShare = dropShare;
        this.random = new Random(seed);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext(ROOT, this::handle);
        server.start();
    }

    /** The API root the kiosk is pointed at. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ROOT);
    }

    /** The catalog behind the faults, to look at what it stored. */
    SimCentralCatalog catalog() {
        return catalog;
    }

    int requests() {
        return requests.get();
    }

    int unavailable() {
        return unavailable.get();
    }

    int dropped() {
        return dropped.get();
    }

    /** How often each registration went from active to cancelled here. */
    Map<UUID, Integer> cancellations() {
        Map<UUID, Integer> out = new ConcurrentHashMap<>();
        cancellations.forEach((id, n) -> out.put(id, n.get()));
        return out;
    }

    /** The item a circulation request id was about (from the request body), or empty. */
    String itemOf(String requestId) {
        return itemOfRequest.getOrDefault(requestId, "");
    }

    /**
     * Request ids the catalog applied (first arrival, answered below 300) for paths matching
     * {@code pathPattern}, with how many times each was applied: any count above one is a doubled effect.
     */
    Map<String, Integer> applied(String pathPattern) {
        Map<String, Integer> out = new ConcurrentHashMap<>();
        catalog.received().stream()
                .filter(r -> !r.id().isEmpty() && !r.duplicate() && r.status() >= 200 && r.status() < 300)
                .filter(r -> r.path().matches(pathPattern))
                .forEach(r -> out.merge(r.id(), 1, Integer::sum));
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            double unavailableRoll;
            double dropRoll;
            int wait;
            synchronized (random) {
                unavailableRoll = random.nextDouble();
                dropRoll = random.nextDouble();
                wait = 1 + random.nextInt(2);
            }
            if (unavailableRoll < unavailableShare) {
                unavailable.incrementAndGet();
                byte[] error = ("{\"code\":\"UNAVAILABLE\",\"message\":{\"id\":\"Layanan sedang sibuk, coba lagi.\","
                        + "\"en\":\"The service is busy; try again.\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.getResponseHeaders().set("Retry-After", Integer.toString(wait));
                ex.sendResponseHeaders(503, error.length);
                ex.getResponseBody().write(error);
                return;
            }
            noteItem(body);
            HttpResponse<byte[]> answer = pass(ex, body);
            if (dropRoll < dropShare) {
                dropped.incrementAndGet();
                return; // closing the exchange before any header drops the connection: the answer is lost
            }
            answer.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().set("Content-Type", v));
            answer.headers().firstValue("Retry-After").ifPresent(v -> ex.getResponseHeaders().set("Retry-After", v));
            byte[] bytes = answer.body();
            ex.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                ex.getResponseBody().write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes the request on; a cancellation is passed on alone so its effect can be seen. */
    private HttpResponse<byte[]> pass(HttpExchange ex, byte[] body) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getRawPath().substring(ROOT.length());
        String query = ex.getRequestURI().getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(path + (query == null ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(10))
                .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Authorization", "Idempotency-Key", "Content-Type", "Accept")) {
            String value = ex.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        String[] p = path.split("/");
        if (ex.getRequestMethod().equals("DELETE") && p.length == 4 && p[2].equals("registrations")) {
            synchronized (cancellations) {
                UUID id = UUID.fromString(p[3]);
                RegistrationStatus before = catalog.data().registrationStatus(id);
                HttpResponse<byte[]> answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                RegistrationStatus after = catalog.data().registrationStatus(id);
                if (before != RegistrationStatus.CANCELLED && after == RegistrationStatus.CANCELLED) {
                    cancellations.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                }
                return answer;
            }
        }
        return forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void noteItem(byte[] body) {
        if (body.length == 0) {
            return;
        }
        try {
            JsonNode json = ApiJson.mapper().readTree(body);
            if (json.hasNonNull("id") && json.hasNonNull("itemId")) {
                itemOfRequest.put(json.get("id").asText(), json.get("itemId").asText());
            }
        } catch (IOException e) {
            // not JSON: nothing to note
        }
    }

    /** Everything the catalog answered for {@code path} so far, as (id, status) pairs, for failure messages. */
    List<String> log(String pathPattern) {
        List<String> out = new ArrayList<>();
        catalog.received().stream().filter(r -> r.path().matches(pathPattern))
                .forEach(r -> out.add(r.method() + " " + r.path() + " " + r.id() + (r.duplicate() ? " (repeat)" : "")
                        + " -> " + r.status()));
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        catalog.close();
    }
}
