package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.sip2.sim.SimulatedAcs;

/** SIP2 over TLS with a self-signed certificate made for the test by the running JDK's keytool. */
class Sip2TlsTest {
    private static final String PASSWORD = "changeit";
    @TempDir
    static Path dir;
    private static Path keystore;
    private static Path truststore;
    private SimulatedAcs acs;
    private int port;

    /** One certificate for the class: keytool starts a JVM per call. */
    @BeforeAll
    static void makeCertificate() throws Exception {
        keystore = dir.resolve("server.p12");
        Path cert = dir.resolve("server.pem");
        truststore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "acs", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "acs", "-rfc", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "acs", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.toString(), "-storepass", PASSWORD);
    }

    @BeforeEach
    void start() throws Exception {
        acs = new SimulatedAcs();
        acs.useTls(serverContext(keystore));
        port = acs.start(0, null);
    }

    @AfterEach
    void stop() {
        acs.close();
    }

    @Test
    void talksSip2OverTlsTrustingTheConfiguredTruststore() throws Exception {
        try (Sip2LibrarySystem library = new Sip2LibrarySystem(settings(truststore), ZoneId.of("Asia/Jakarta"),
                Clock.systemUTC())) {
            assertThat(library.status().online()).isTrue();
            assertThat(library.identify(new PatronCredentials("2024000123", "1234")).pinAccepted()).isTrue();
        }
    }

    @Test
    void aServerCertificateOutsideTheTruststoreIsRefused() {
        try (Sip2LibrarySystem library = new Sip2LibrarySystem(settings(null), ZoneId.of("Asia/Jakarta"),
                Clock.systemUTC())) {
            assertThat(library.status().online()).isFalse();
            assertThatThrownBy(() -> library.item("30000101"))
                    .isInstanceOf(org.pustaka.kiosk.library.LibraryUnavailableException.class)
                    .hasMessageContaining("Cannot connect");
        }
    }

    private Sip2Settings settings(Path trust) {
        return new Sip2Settings("127.0.0.1", port, true, trust, PASSWORD, "kiosk", "rahasia", "", "MLG",
                StandardCharsets.UTF_8, true, 3000, 3000, 2, "");
    }

    private static SSLContext serverContext(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("keytool %s: %s", args[0], output).isZero();
    }
}
