package org.pustaka.sip2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.RequestAcsResend;
import org.pustaka.sip2.RequestScResend;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.Sip2Message;

/** The simulated library at the wire: raw sockets, its own codec, the state file. */
class SimulatedAcsTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    @TempDir
    Path dir;
    private final Sip2Codec checked = new Sip2Codec(StandardCharsets.UTF_8, JAKARTA, true);
    private final Sip2Codec plain = new Sip2Codec(StandardCharsets.UTF_8, JAKARTA, false);
    private SimulatedAcs acs = new SimulatedAcs();

    @AfterEach
    void stop() {
        acs.close();
    }

    @Test
    void theDemoCatalogHoldsTheDemoLibrary() {
        SimCatalog c = acs.catalog();

        assertThat(c.institution()).isEqualTo("MLG");
        assertThat(c.patrons()).hasSize(6);
        assertThat(c.items()).hasSize(20);
        assertThat(c.item("30000105").orElseThrow().parts()).isEqualTo(2);
        assertThat(c.item("30000107").orElseThrow().notForLoan()).isTrue();
        assertThat(c.item("30000106").orElseThrow().onHoldFor()).isEqualTo("2024000321");
        assertThat(c.tagOwner().isil()).isEqualTo("MLG01");
    }

    @Test
    void startsOnAFreePortWithTheInitialLoans() throws IOException {
        int port = acs.start(0, null);

        assertThat(port).isPositive();
        assertThat(acs.loanOf("30000111")).hasValue("2024000123");
        assertThat(acs.isCheckedOut("30000112")).isTrue();
        assertThat(acs.isCheckedOut("30000101")).isFalse();
    }

    @Test
    void loansSurviveARestartThroughTheStateFile() throws Exception {
        Path state = dir.resolve("sim").resolve("loans.json");
        int port = acs.start(0, state);
        try (Wire wire = new Wire(port)) {
            CheckoutResponse r = (CheckoutResponse) wire.exchange(checked, checkout("30000101"), 0).message();
            assertThat(r.ok()).isTrue();
        }
        acs.close();

        acs = new SimulatedAcs();
        acs.start(0, state);

        assertThat(acs.loanOf("30000101")).hasValue("2024000123");
        try (var files = Files.list(state.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("loans.json");
        }
    }

    @Test
    void answersInTheRequestsOwnStyle() throws Exception {
        try (Wire wire = new Wire(acs.start(0, null))) {
            Decoded withDetection = wire.exchange(checked, item("30000101"), 7);
            Decoded without = wire.exchange(plain, item("30000101"), 0);

            assertThat(withDetection.sequence()).hasValue(7);
            assertThat(withDetection.raw()).containsPattern("AY7AZ[0-9A-F]{4}$");
            assertThat(without.raw()).doesNotContain("AY").doesNotContain("AZ");
        }
    }

    @Test
    void answers96ToABadChecksumAndRepeatsOn97() throws Exception {
        try (Wire wire = new Wire(acs.start(0, null))) {
            String good = checked.encodeText(item("30000101"), 3);
            String damaged = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0");

            assertThat(wire.send(damaged).message()).isInstanceOf(RequestScResend.class);
            Decoded answer = wire.exchange(checked, item("30000101"), 3);
            Decoded again = wire.exchange(checked, new RequestAcsResend(), 0);
            assertThat(again.raw()).isEqualTo(answer.raw());
        }
    }

    @Test
    void offlineClosesConnectionsAndRefusesNewOnes() throws Exception {
        int port = acs.start(0, null);
        try (Wire wire = new Wire(port)) {
            acs.setOffline(true);
            assertThat(wire.in.read()).isEqualTo(-1);
        }
        try (Wire wire = new Wire(port)) {
            assertThat(wire.in.read()).isEqualTo(-1);
        }
        acs.setOffline(false);
        try (Wire wire = new Wire(port)) {
            assertThat(wire.exchange(checked, item("30000101"), 1).sequence()).hasValue(1);
        }
    }

    private static CheckoutRequest checkout(String item) {
        return new CheckoutRequest(false, false, LocalDateTime.now(JAKARTA), null, "MLG", "2024000123", item, "", null,
                "1234", null, null, List.of());
    }

    private static ItemInformationRequest item(String id) {
        return new ItemInformationRequest(LocalDateTime.now(JAKARTA), "MLG", id, "", List.of());
    }

    /** A raw SIP2 connection: writes lines with CR and reads one line back. */
    private final class Wire implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Wire(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(3000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        Decoded exchange(Sip2Codec codec, Sip2Message message, int sequence) throws IOException, Sip2Exception {
            return send(codec.encodeText(message, sequence));
        }

        Decoded send(String line) throws IOException, Sip2Exception {
            out.write((line + "\r").getBytes(StandardCharsets.UTF_8));
            out.flush();
            StringBuilder sb = new StringBuilder();
            int b;
            while ((b = in.read()) != '\r') {
                if (b < 0) {
                    throw new IOException("closed");
                }
                sb.append((char) b);
            }
            return checked.decode(sb.toString());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
