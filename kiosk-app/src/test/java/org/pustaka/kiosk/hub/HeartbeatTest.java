package org.pustaka.kiosk.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.library.http.TestSettings;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;

class HeartbeatTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private Database db;
    private JdbcOutboxStore store;
    private CentralCatalogClient client;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private final List<DeviceHealth> devices = List.of(DeviceHealth.ok("rfid"),
            new DeviceHealth("printer", DeviceHealth.State.DEGRADED, "Kertas hampir habis / paper near end"));

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        store = new JdbcOutboxStore(db);
        client = new CentralCatalogClient(TestSettings.forBase(wm.baseUrl()), "MLG-01");
    }

    @AfterEach
    void close() {
        client.close();
        db.close();
    }

    @Test
    void reportsVersionDevicesOutboxDepthAndLastError() throws Exception {
        store.enqueue(OutboxFixture.transaction(UUID.randomUUID(), "1", "T"));
        store.enqueue(OutboxFixture.transaction(UUID.randomUUID(), "2", "T"));
        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(okJson("{\"serverTime\":\"2026-11-28T02:00:03Z\"}")));
        try (Heartbeat hb = new Heartbeat(client, Duration.ofSeconds(60), () -> devices, store,
                () -> "The central catalog answered HTTP 503", clock)) {
            assertThat(hb.beatNow().serverTime()).isEqualTo(Instant.parse("2026-11-28T02:00:03Z"));
        }
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/heartbeat"))
                .withRequestBody(matchingJsonPath("$.version", equalTo("dev")))
                .withRequestBody(matchingJsonPath("$.sentAt", equalTo("2026-11-28T02:00:00Z")))
                .withRequestBody(matchingJsonPath("$.outboxDepth", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.devices[1].device", equalTo("printer")))
                .withRequestBody(matchingJsonPath("$.devices[1].state", equalTo("DEGRADED")))
                .withRequestBody(matchingJsonPath("$.lastError", equalTo("The central catalog answered HTTP 503"))));
    }

    @Test
    void aRejectedTokenIsRememberedAndReportedNextTime() {
        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(aResponse().withStatus(401)));
        try (Heartbeat hb = new Heartbeat(client, Duration.ofSeconds(60), () -> devices, store, () -> "", clock)) {
            assertThatThrownBy(hb::beatNow).isInstanceOf(CatalogException.class);
            assertThat(hb.lastError()).contains("token");
            assertThat(hb.report().lastError()).contains("token");
        }
    }

    @Test
    void beatsOnItsOwnThread() {
        wm.stubFor(post("/api/v1/kiosks/MLG-01/heartbeat").willReturn(okJson("{\"serverTime\":\"2026-11-28T02:00:03Z\"}")));
        try (Heartbeat hb = new Heartbeat(client, Duration.ofMillis(200), () -> devices, store, () -> "", clock)) {
            hb.start();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                    wm.findAll(postRequestedFor(urlEqualTo("/api/v1/kiosks/MLG-01/heartbeat"))).size() >= 2);
        }
    }
}
