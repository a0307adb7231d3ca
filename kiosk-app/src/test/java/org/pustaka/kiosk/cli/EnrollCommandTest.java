package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import picocli.CommandLine;

class EnrollCommandTest {
    @TempDir
    Path dir;
    private SimCentralCatalog sim;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        sim = new SimCentralCatalog("staff-token", 1);
        sim.start();
        sim.addEnrollmentCode("MLG-01", "7Q4K-MLG1");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesTheTokenIntoTheConfigReadableOnlyByItsOwner() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "# Kiosk lantai 1\nkiosk.id=OLD\nlibrary.type=http\ncatalog.token=old\n");
        int code = run("enroll", "--url", sim.baseUri().toString(), "--code", "7Q4K-MLG1", "--kiosk-id", "MLG-01",
                "--write-config", config.toString());
        assertThat(code).as(err.toString()).isZero();
        Properties p = new Properties();
        p.load(Files.newBufferedReader(config, StandardCharsets.UTF_8));
        assertThat(p.getProperty("kiosk.id")).isEqualTo("MLG-01");
        assertThat(p.getProperty("library.type")).isEqualTo("http");
        assertThat(p.getProperty("catalog.url")).isEqualTo(sim.baseUri().toString());
        assertThat(p.getProperty("catalog.token")).startsWith("kt-");
        assertThat(Files.readString(config)).startsWith("# Kiosk lantai 1\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
        assertThat(out.toString()).contains("\"enrolled\":true").doesNotContain(p.getProperty("catalog.token"));
        assertThat(err.toString()).doesNotContain(p.getProperty("catalog.token"));
    }

    @Test
    void withoutAFileTheTokenIsPrintedOnce() {
        assertThat(run("enroll", "--url", sim.baseUri().toString(), "--code", "7Q4K-MLG1", "--kiosk-id", "MLG-01")).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(l -> assertThat(l).contains("\"token\":\"kt-"));
    }

    @Test
    void aWrongCodeIsBadInput() {
        assertThat(run("enroll", "--url", sim.baseUri().toString(), "--code", "WRONG", "--kiosk-id", "MLG-01")).isEqualTo(2);
        assertThat(err.toString()).contains("enrollment code");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadAddressIsBadInputAndAnAbsentCatalogAFailure() throws Exception {
        assertThat(run("enroll", "--url", "ftp://x", "--code", "C", "--kiosk-id", "MLG-01")).isEqualTo(2);
        // bound but not listening: the port refuses connections, and nobody else can take it meanwhile
        try (java.net.Socket closed = new java.net.Socket()) {
            closed.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            assertThat(run("enroll", "--url", "http://127.0.0.1:" + closed.getLocalPort() + "/api/v1/", "--code", "C",
                    "--kiosk-id", "MLG-01")).isEqualTo(1);
        }
        assertThat(err.toString()).contains("could not be reached");
    }
}
