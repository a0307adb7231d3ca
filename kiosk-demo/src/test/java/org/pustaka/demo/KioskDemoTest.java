package org.pustaka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code ./kiosk demo --headless}: says where the service and its data live and leaves no folder behind. */
class KioskDemoTest {

    @Test
    void headlessDemoPrintsWhereThingsLiveAndCleansUp() throws Exception {
        // short: MariaDB's socket path (under the folder) must stay within 107 characters
        Path base = Path.of("target", "d");
        DemoServices.deleteTree(base);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KioskDemo.run(new String[] {"--headless", "--demo-folder", base.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Central catalog service: http://127.0.0.1:", "/api/v1", "SIP2 on 127.0.0.1:",
                "all demo data in " + base.toAbsolutePath().toString().replace(Path.of("").toAbsolutePath() + "/", ""));
        assertThat(err.toString()).containsPattern("Staff pages: http://127\\.0\\.0\\.1:\\d+/staff/login \\(sign in as user "
                + DemoServices.STAFF_USER + ", password " + DemoServices.STAFF_PASSWORD + ";");
        assertThat(out.toString()).contains("\"borrowed\":3");
        try (Stream<Path> left = Files.list(base)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aWrongLibraryIsRefusedWithASentence() throws Exception {
        StringWriter err = new StringWriter();
        int code = KioskDemo.run(new String[] {"--library", "z3950"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("http or sip2");
    }
}
