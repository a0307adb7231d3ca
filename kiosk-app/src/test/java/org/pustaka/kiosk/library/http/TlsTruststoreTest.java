package org.pustaka.kiosk.library.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.CatalogSettings;

/** HTTPS with the library's own certificate, trusted through {@code catalog.truststore}. */
class TlsTruststoreTest {
    @TempDir
    static Path dir;
    private static WireMockServer server;
    private static Path keystore;

    @BeforeAll
    static void start() throws Exception {
        keystore = dir.resolve("katalog.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "katalog", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=katalog.perpustakaan.test", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "rahasia", "-keypass", "rahasia")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        server = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort().keystorePath(keystore.toString())
                .keystoreType("PKCS12").keystorePassword("rahasia").keyManagerPassword("rahasia"));
        server.start();
        server.stubFor(get("/api/v1/status").willReturn(okJson("{\"serverTime\":\"2026-11-28T02:00:00Z\",\"system\":\"TLS\"}")));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static CatalogSettings settings(Path truststore) {
        return new CatalogSettings(URI.create("https://127.0.0.1:" + server.httpsPort() + "/api/v1/"), TestSettings.TOKEN,
                truststore, "rahasia", 2000, 2000, 60, 3, 5, 1, 50);
    }

    @Test
    void theConfiguredTruststoreIsTrusted() throws Exception {
        try (CentralCatalogClient client = new CentralCatalogClient(settings(keystore), "MLG-01")) {
            assertThat(client.status().system()).isEqualTo("TLS");
        }
    }

    @Test
    void anUnknownCertificateIsRefusedAtOnce() throws Exception {
        int before = server.getAllServeEvents().size();
        try (CentralCatalogClient client = new CentralCatalogClient(settings(null), "MLG-01")) {
            assertThatThrownBy(client::status).isInstanceOfSatisfying(CatalogException.class, e -> {
                assertThat(e.failure()).isEqualTo(CatalogException.Failure.UNREACHABLE);
                assertThat(e.outcomeUnknown()).isFalse();
            });
        }
        assertThat(server.getAllServeEvents()).hasSize(before);
    }

    @Test
    void anUnreadableTruststoreSaysWhichSetting() {
        assertThatThrownBy(() -> new CentralCatalogClient(settings(dir.resolve("missing.p12")), "MLG-01"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.getMessage()).contains("catalog.truststore"));
    }
}
