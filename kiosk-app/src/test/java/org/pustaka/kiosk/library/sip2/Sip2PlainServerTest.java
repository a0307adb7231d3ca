package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.TransactionOptions;

/**
 * A server that follows SIP2 2.00 only as far as it must: answers end in CRLF, carry no sequence number
 * or checksum, put variable fields in their own order, leave out every optional field, write the due
 * date as ISO, and report checkin and checkout as not allowed in 98 while both work.
 */
class Sip2PlainServerTest {
    private static final String DATE = "20261128    101500";
    private static final Map<String, String> ANSWERS = Map.of(
            "93", "941",
            "99", "98YNNYNN010003" + DATE + "2.00BXYYYYYYYYYYYYYYYY|AOMLG|",
            "63", "64              001" + DATE + "000000000000000000000000AEJohn Smith|AA2024000123|AOMLG|",
            "11", "121NNY" + DATE + "AJThe Little Prince|AH2026-12-12|AB30000108|AA2024000123|AOMLG|",
            "09", "101YNN" + DATE + "AQ|AB30000108|AOMLG|",
            "17", "18030001" + DATE + "AJThe Little Prince|AB30000108|",
            "35", "36Y" + DATE + "AA2024000123|AOMLG|");
    private ServerSocket server;
    private Thread thread;
    private Sip2LibrarySystem library;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "plain-acs");
        thread.setDaemon(true);
        thread.start();
        library = new Sip2LibrarySystem(new Sip2Settings("127.0.0.1", server.getLocalPort(), false, null, "", "kiosk",
                "pw", "", "MLG", StandardCharsets.ISO_8859_1, true, 2000, 2000, 2, ""), ZoneId.of("Asia/Jakarta"),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws IOException {
        library.close();
        server.close();
    }

    @Test
    void theWholeVisitWorks() throws Exception {
        assertThat(library.status().online()).isTrue();

        PatronIdentity patron = library.identify(PatronCredentials.withoutPin("2024000123"));
        CheckoutResult out = library.checkout(PatronCredentials.withoutPin("2024000123"), "30000108", options());
        ItemInfo item = library.item("30000108");
        CheckinResult in = library.checkin("30000108", options());
        library.endSession(PatronCredentials.withoutPin("2024000123"));

        assertThat(patron.valid()).isTrue();
        assertThat(patron.name()).isEqualTo("John Smith");
        assertThat(patron.mayBorrow()).isTrue();
        assertThat(out.ok()).isTrue();
        assertThat(out.title()).isEqualTo("The Little Prince");
        assertThat(out.dueDate()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(item.found()).isTrue();
        assertThat(item.status()).isEqualTo(CirculationStatus.AVAILABLE);
        assertThat(in.ok()).isTrue();
        assertThat(in.sortBin()).isEmpty();
        assertThat(in.holdForAnother()).isFalse();
    }

    @Test
    void aPinWithoutAValidPasswordFieldIsNotTakenAsAccepted() throws Exception {
        assertThat(library.identify(new PatronCredentials("2024000123", "1234")).pinAccepted()).isFalse();
    }

    private static TransactionOptions options() {
        return new TransactionOptions(UUID.randomUUID(), Instant.now(), false);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                StringBuilder line = new StringBuilder();
                int b;
                while ((b = in.read()) >= 0) {
                    if (b != '\r') {
                        line.append((char) b);
                        continue;
                    }
                    String answer = ANSWERS.get(line.substring(0, 2));
                    line.setLength(0);
                    if (answer != null) {
                        out.write((answer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // connection or server closed; the next accept decides
            }
        }
    }
}
