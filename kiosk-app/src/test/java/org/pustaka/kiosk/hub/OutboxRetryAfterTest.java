package org.pustaka.kiosk.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.testing.MutableClock;
import org.pustaka.kiosk.library.http.TestSettings;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;

/** The outbox sender and the heartbeat while the central catalog's Retry-After holds. */
class OutboxRetryAfterTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Instant T0 = Instant.parse("2026-11-28T07:00:00Z");
    private static final String TRANSACTIONS = "/api/v1/kiosks/MLG-01/transactions";

    @TempDir
    Path dir;
    private Database db;
    private JdbcOutboxStore store;
    private CatalogSettings settings;
    private CentralCatalogClient client;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        store = new JdbcOutboxStore(db);
        settings = TestSettings.forBase(wm.baseUrl());
        client = new CentralCatalogClient(settings, "MLG-01", clock);
    }

    @AfterEach
    void close() {
        client.close();
        db.close();
    }

    private int attempts(UUID id) throws Exception {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT attempts FROM outbox WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int requests() {
        return wm.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void theOutboxSendsNothingBeforeTheMomentAndThenDeliversOnce() throws Exception {
        UUID id = UUID.randomUUID();
        store.enqueue(OutboxFixture.transaction(id, "31000100001", "Laskar Pelangi"));
        wm.stubFor(post(TRANSACTIONS).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "300")));
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            SendReport first = sender.sendNow();
            assertThat(first.failed()).isTrue();
            assertThat(first.stillPending()).isEqualTo(1);
            assertThat(first.lastError()).contains("asked the kiosk to wait until " + T0.plusSeconds(300));
            assertThat(sender.nextWait(first)).as("the next round comes at the moment, not after the backoff")
                    .isEqualTo(Duration.ofSeconds(300));
            assertThat(requests()).isEqualTo(1);

            wm.stubFor(post(TRANSACTIONS).willReturn(okJson("{\"accepted\":[\"" + id + "\"],\"rejected\":[]}")));
            clock.advance(Duration.ofSeconds(299));
            SendReport early = sender.sendNow();
            assertThat(early.failed()).isTrue();
            assertThat(early.lastError()).contains("was not sent");
            assertThat(sender.nextWait(early)).isEqualTo(Duration.ofSeconds(1));
            assertThat(requests()).as("nothing sent before the moment").isEqualTo(1);
            assertThat(OutboxFixture.states(db).get(id)).startsWith("PENDING|");
            assertThat(attempts(id)).as("a round held back counts no attempt").isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            SendReport then = sender.sendNow();
            assertThat(then.accepted()).isEqualTo(1);
            assertThat(then.stillPending()).isZero();
            assertThat(sender.nextWait(then)).isEqualTo(Duration.ofSeconds(settings.sendIntervalSeconds()));
            assertThat(requests()).isEqualTo(2);
        }
        assertThat(OutboxFixture.states(db).get(id)).startsWith("SENT|");
    }

    @Test
    void withoutRetryAfterTheRoundAfterAFailureWaitsTheBackoff() throws Exception {
        store.enqueue(OutboxFixture.transaction(UUID.randomUUID(), "31000100001", "Laskar Pelangi"));
        wm.stubFor(post(TRANSACTIONS).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "later")));
        try (OutboxSender sender = new OutboxSender(store, client, settings, null)) {
            SendReport r = sender.sendNow();
            assertThat(r.failed()).isTrue();
            // interval 1 s doubled once, of which at most half is taken away by the jitter
            assertThat(sender.nextWait(r)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(requests()).isEqualTo(3);
        }
    }

    @Test
    void heartbeatsAreHeldBackToo() throws Exception {
        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "60")));
        Heartbeat heartbeat = new Heartbeat(client, Duration.ofSeconds(60), List::of, store, () -> "", clock);
        assertThatThrownBy(heartbeat::beatNow).isInstanceOf(CatalogException.class);
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(heartbeat::beatNow).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.notBefore()).contains(T0.plusSeconds(60)));
        assertThat(heartbeat.lastError()).contains("was not sent");
        assertThat(requests()).isEqualTo(1);

        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(okJson("{\"serverTime\":\"2026-11-28T07:01:00Z\"}")));
        clock.advance(Duration.ofSeconds(30));
        heartbeat.beatNow();
        assertThat(heartbeat.lastError()).isEmpty();
        assertThat(requests()).isEqualTo(2);
    }
}
