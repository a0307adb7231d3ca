package org.pustaka.central.sip2;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.net.SocketTransport;

/**
 * A SIP2 terminal for the tests: a real TCP socket, library-protocols' codec and socket transport, sequence
 * numbers counting 0 to 9, and a distinct transaction date per request unless the test fixes one.
 */
final class Sip2TestTerminal implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final Sip2Codec CODEC = new Sip2Codec(StandardCharsets.UTF_8, ZONE, true);
    private static final LocalDateTime BASE = LocalDateTime.of(2026, 12, 8, 10, 0);
    private static int nextSecond;

    final Socket socket;
    private final SocketTransport transport;
    private int sequence;

    Sip2TestTerminal(int port) throws IOException {
        this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
        this.transport = new SocketTransport(socket);
    }

    static Sip2TestTerminal loggedIn(int port, String login, String password) throws Exception {
        Sip2TestTerminal t = new Sip2TestTerminal(port);
        Decoded d = t.send(LoginRequest.plain(login, password, null));
        if (!((org.pustaka.sip2.LoginResponse) d.message()).ok()) {
            throw new AssertionError("login refused for " + login);
        }
        return t;
    }

    /** A transaction date never used before in this JVM, so each request is a new one for the ledger. */
    static synchronized LocalDateTime freshDate() {
        return BASE.plusSeconds(nextSecond++);
    }

    Decoded send(Sip2Message m) throws Exception {
        int seq = sequence++ % 10;
        transport.send(CODEC.encode(m, seq));
        Decoded d = CODEC.decode(transport.receive(10_000));
        if (d.sequence().isPresent() && d.sequence().getAsInt() != seq && !d.message().type().code().equals("96")) {
            throw new AssertionError("answer sequence " + d.sequence() + " for request " + seq);
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    <T extends Sip2Message> T ask(Sip2Message m) throws Exception {
        return (T) send(m).message();
    }

    void sendRaw(String line) throws IOException {
        transport.send(line.getBytes(StandardCharsets.UTF_8));
    }

    Decoded receive() throws Exception {
        return CODEC.decode(transport.receive(10_000));
    }

    /** Whether the server ended the connection within {@code millis} (end of stream rather than a line). */
    boolean closedByServer(int millis) throws IOException {
        try {
            transport.receive(millis);
            return false;
        } catch (EOFException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    static CheckoutRequest checkout(String patron, String item, LocalDateTime date) {
        return new CheckoutRequest(false, false, date, null, "MLG", patron, item, "", null, null, null, null, List.of());
    }

    static CheckinRequest checkin(String item) {
        LocalDateTime d = freshDate();
        return new CheckinRequest(false, d, d, "MLG", "MLG", item, "", null, null, List.of());
    }

    @Override
    public void close() {
        transport.close();
    }
}
