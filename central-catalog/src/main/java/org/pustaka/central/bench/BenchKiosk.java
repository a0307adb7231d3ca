package org.pustaka.central.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One simulated kiosk doing the visit mix over HTTP: a card with its PIN, the account, a stack of loans, one
 * renewal, the returns, the transaction report, and every fifth visit the event list and a heartbeat.
 */
final class BenchKiosk {
    private final HttpClient http;
    private final String base;
    private final String kioskId;
    private final String token;
    private final String patron;
    private final String pin;
    private final List<String> items;
    final Map<String, Latencies> latencies = new LinkedHashMap<>();

    BenchKiosk(HttpClient http, String base, String kioskId, String token, String patron, String pin, List<String> items) {
        this.http = http;
        this.base = base;
        this.kioskId = kioskId;
        this.token = token;
        this.patron = patron;
        this.pin = pin;
        this.items = items;
    }

    void visit(int n) throws IOException, InterruptedException {
        String who = "\"patronId\":" + q(patron) + (pin == null ? "" : ",\"pin\":" + q(pin));
        call("authenticate", "POST", "circulation/patrons/authenticate", "{" + who + "}");
        call("account", "POST", "circulation/patrons/account", "{" + who + "}");
        StringBuilder reports = new StringBuilder();
        for (String item : items) {
            call("checkout", "POST", "circulation/checkout", loan(who, item));
            reports.append(reports.length() == 0 ? "" : ",").append(report("CHECKOUT", item));
        }
        if (!items.isEmpty()) {
            call("renew", "POST", "circulation/renew", loan(who, items.get(0)));
        }
        for (String item : items) {
            call("checkin", "POST", "circulation/checkin", "{\"id\":" + q(UUID.randomUUID().toString()) + ",\"itemId\":"
                    + q(item) + ",\"transactionTime\":" + q(now()) + "}");
            reports.append(reports.length() == 0 ? "" : ",").append(report("CHECKIN", item));
        }
        call("transactions", "POST", "kiosks/" + kioskId + "/transactions", "{\"items\":[" + reports + "]}");
        if (n % 5 == 0) {
            LocalDate today = LocalDate.now();
            call("events", "GET", "events?from=" + today + "&to=" + today.plusDays(30), null);
            call("heartbeat", "POST", "kiosks/" + kioskId + "/heartbeat", "{\"version\":\"bench\",\"sentAt\":" + q(now())
                    + ",\"devices\":[],\"outboxDepth\":0,\"lastError\":\"\"}");
        }
    }

    private String loan(String who, String item) {
        return "{\"id\":" + q(UUID.randomUUID().toString()) + "," + who + ",\"itemId\":" + q(item)
                + ",\"transactionTime\":" + q(now()) + "}";
    }

    private static String report(String type, String item) {
        return "{\"id\":" + q(UUID.randomUUID().toString()) + ",\"type\":\"" + type + "\",\"itemId\":" + q(item)
                + ",\"occurredAt\":" + q(now()) + ",\"outcome\":\"ACCEPTED\"}";
    }

    private void call(String op, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        long start = System.nanoTime();
        HttpResponse<Void> r = http.send(b.build(), HttpResponse.BodyHandlers.discarding());
        latencies.computeIfAbsent(op, k -> new Latencies()).add(System.nanoTime() - start, r.statusCode());
    }

    private static String now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
