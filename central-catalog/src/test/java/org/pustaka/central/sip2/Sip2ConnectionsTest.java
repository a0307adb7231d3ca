package org.pustaka.central.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.circulation.SlimsFixture;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.ScStatusCode;
import org.pustaka.sip2.ScStatusRequest;

/**
 * Connections that go wrong and terminals that compete: idle terminals are hung up on, a terminal that drops
 * its connection mid-request leaves one loan, and two terminals borrowing one item at once give exactly one loan.
 */
class Sip2ConnectionsTest {
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static SlimsFixture db;
    private static Sip2Server server;

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
        Terminals terminals = new Terminals(db.own, SlimsFixture.fixedClock());
        terminals.save("SC-A", "sandi-terminal-a", null);
        terminals.save("SC-B", "sandi-terminal-b", null);
        server = Sip2Server.start(new Sip2Settings("127.0.0.1", 0, "MLG", StandardCharsets.UTF_8, IDLE, 4),
                db.core(SlimsFixture.fixedClock(), true), terminals, SlimsFixture.fixedClock(), SlimsFixture.ZONE,
                "Perpustakaan Kota Malang");
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    @Test
    void anIdleTerminalIsHungUpOn() throws Exception {
        try (Sip2TestTerminal t = Sip2TestTerminal.loggedIn(server.port(), "SC-A", "sandi-terminal-a")) {
            assertThat(t.closedByServer(30_000)).isTrue();
        }
    }

    @Test
    void aDroppedConnectionLeavesOneLoanAndTheServerServesOthers() throws Exception {
        Sip2TestTerminal dropping = Sip2TestTerminal.loggedIn(server.port(), "SC-A", "sandi-terminal-a");
        dropping.sendRaw(Sip2TestTerminal.CODEC.encodeText(
                Sip2TestTerminal.checkout("2024000321", "30000104", Sip2TestTerminal.freshDate()), 1));
        dropping.close();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000104'") == 1);
        try (Sip2TestTerminal t = Sip2TestTerminal.loggedIn(server.port(), "SC-B", "sandi-terminal-b")) {
            CheckoutResponse again = t.ask(Sip2TestTerminal.checkout("2024000321", "30000104",
                    Sip2TestTerminal.freshDate()));
            assertThat(again.ok()).isTrue();
            assertThat(t.<org.pustaka.sip2.AcsStatusResponse>ask(ScStatusRequest.of(ScStatusCode.OK, 40)).online()).isTrue();
        }
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000104'")).isEqualTo(1);
    }

    @Test
    void twoTerminalsBorrowingOneItemAtOnceMakeOneLoan() throws Exception {
        String[] items = {"30000102", "30000103", "30000105", "30000108", "30000109"};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Sip2TestTerminal a = Sip2TestTerminal.loggedIn(server.port(), "SC-A", "sandi-terminal-a");
             Sip2TestTerminal b = Sip2TestTerminal.loggedIn(server.port(), "SC-B", "sandi-terminal-b")) {
            for (String item : items) {
                List<Future<CheckoutResponse>> both = new ArrayList<>();
                both.add(pool.submit(borrow(a, "2024000123", item)));
                both.add(pool.submit(borrow(b, "2024000321", item)));
                int ok = 0;
                for (Future<CheckoutResponse> f : both) {
                    ok += f.get().ok() ? 1 : 0;
                }
                assertThat(ok).as("successful checkouts of " + item).isEqualTo(1);
                assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='" + item + "'")).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<CheckoutResponse> borrow(Sip2TestTerminal t, String patron, String item) {
        return () -> t.ask(Sip2TestTerminal.checkout(patron, item, Sip2TestTerminal.freshDate()));
    }
}
