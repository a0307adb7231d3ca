package org.pustaka.central.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.circulation.SlimsFixture;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.PatronStatusFlag;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.PatronStatusResponse;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.ScStatusCode;
import org.pustaka.sip2.ScStatusRequest;
import org.pustaka.sip2.SummaryList;

/**
 * Each message over a real TCP socket against the SIP2 server on the embedded MariaDB with the SLiMS demo data,
 * the circulation core on the demo day's clock; the terminal is library-protocols' codec and socket transport.
 */
class Sip2ServerTest {
    static final String LOGIN = "SC-MLG-01";
    static final String PASSWORD = "rahasia-sc-01";
    private static SlimsFixture db;
    private static Sip2Server server;

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
        Terminals terminals = new Terminals(db.own, SlimsFixture.fixedClock());
        terminals.save(LOGIN, PASSWORD, "LANTAI-1");
        server = Sip2Server.start(new Sip2Settings("127.0.0.1", 0, "MLG", StandardCharsets.UTF_8,
                Duration.ofMinutes(10), 16), db.core(SlimsFixture.fixedClock(), true), terminals,
                SlimsFixture.fixedClock(), SlimsFixture.ZONE, "Perpustakaan Kota Malang");
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    private static Sip2TestTerminal terminal() throws Exception {
        return Sip2TestTerminal.loggedIn(server.port(), LOGIN, PASSWORD);
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(db.own == null ? null : oneOwn("SELECT password_hash FROM sip2_terminal WHERE login='" + LOGIN + "'"))
                .startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingElseIsAnsweredBeforeALogin() throws Exception {
        try (Sip2TestTerminal t = new Sip2TestTerminal(server.port())) {
            LoginResponse refused = t.ask(LoginRequest.plain(LOGIN, "salah-sandi", null));
            assertThat(refused.ok()).isFalse();
            t.sendRaw(Sip2TestTerminal.CODEC.encodeText(
                    Sip2TestTerminal.checkout("2024000123", "30000103", Sip2TestTerminal.freshDate()), 1));
            assertThat(t.closedByServer(10_000)).isTrue();
        }
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000103'")).isZero();
    }

    @Test
    void threeRefusedLoginsEndTheConnection() throws Exception {
        try (Sip2TestTerminal t = new Sip2TestTerminal(server.port())) {
            for (int i = 0; i < Sip2Connection.MAX_REFUSED_LOGINS; i++) {
                assertThat(t.<LoginResponse>ask(LoginRequest.plain("nobody", "whatever1", null)).ok()).isFalse();
            }
            assertThat(t.closedByServer(10_000)).isTrue();
        }
    }

    @Test
    void statusTellsWhatTheServerAnswers() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            AcsStatusResponse s = t.ask(ScStatusRequest.of(ScStatusCode.OK, 40));
            assertThat(s.online()).isTrue();
            assertThat(s.checkoutOk()).isTrue();
            assertThat(s.institutionId()).isEqualTo("MLG");
            assertThat(s.terminalLocation()).isEqualTo("LANTAI-1");
            assertThat(s.supportedMessages()).isEqualTo(StatusHandler.SUPPORTED);
            assertThat(s.dateTimeSync()).isEqualTo(LocalDateTime.of(2026, 12, 8, 10, 0));
        }
    }

    @Test
    void patronInformationListsLoansAndChecksThePin() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            PatronInformationResponse ok = t.ask(new PatronInformationRequest("000", Sip2TestTerminal.freshDate(),
                    SummaryList.CHARGED_ITEMS, "MLG", "2024000321", "", "1234", null, null, List.of()));
            assertThat(ok.validPatron()).isTrue();
            assertThat(ok.personalName()).isEqualTo("Agus Wijaya");
            assertThat(ok.chargedItemsCount()).isEqualTo(ok.items().chargedItems().size());
            PatronInformationResponse wrong = t.ask(new PatronInformationRequest("000", Sip2TestTerminal.freshDate(),
                    null, "MLG", "2024000555", "", "0000", null, null, List.of()));
            assertThat(wrong.validPatron()).isTrue();
            assertThat(wrong.validPassword()).isFalse();
            // another test may have returned Joko's overdue loan already
            assertThat(wrong.overdueItemsCount()).isEqualTo(db.count("SELECT COUNT(*) FROM loan WHERE member_id='2024000555'"
                    + " AND is_return=0 AND due_date < '2026-12-08'"));
            // 35,000 in the demo data, plus the overdue fine if another test returned the late loan first
            assertThat(wrong.feeAmount()).isEqualTo(db.one("SELECT SUM(debet) - SUM(credit) FROM fines"
                    + " WHERE member_id='2024000555'"));
        }
    }

    @Test
    void patronStatusOfAnUnknownOrExpiredCard() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            PatronStatusResponse unknown = t.ask(new PatronStatusRequest("000", Sip2TestTerminal.freshDate(), "MLG",
                    "2099999999", "", null, List.of()));
            assertThat(unknown.validPatron()).isFalse();
            assertThat(unknown.patronStatus()).contains(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
            PatronStatusResponse expired = t.ask(new PatronStatusRequest("000", Sip2TestTerminal.freshDate(), "MLG",
                    "2024000999", "", null, List.of()));
            assertThat(expired.validPatron()).isTrue();
            assertThat(expired.personalName()).isEqualTo("Rina Kusuma");
            assertThat(expired.patronStatus()).contains(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
        }
    }

    @Test
    void checkoutWritesOneLoanAndARepeatIsSuccessWithoutRenewal() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            CheckoutResponse first = t.ask(Sip2TestTerminal.checkout("2024000321", "30000101", Sip2TestTerminal.freshDate()));
            assertThat(first.ok()).isTrue();
            assertThat(first.title()).isEqualTo("Laskar Pelangi");
            assertThat(first.dueDate()).startsWith("20261222");
            CheckoutResponse again = t.ask(Sip2TestTerminal.checkout("2024000321", "30000101", Sip2TestTerminal.freshDate()));
            assertThat(again.ok()).isTrue();
            assertThat(again.renewalOk()).isFalse();
            assertThat(again.dueDate()).isEqualTo(first.dueDate());
            ItemInformationResponse item = t.ask(new ItemInformationRequest(Sip2TestTerminal.freshDate(), "MLG",
                    "30000101", "", List.of()));
            assertThat(item.circulationStatus()).isEqualTo(CirculationStatus.CHARGED);
            assertThat(item.dueDate()).isEqualTo(first.dueDate());
        }
        assertThat(db.one("SELECT CONCAT_WS('|', COUNT(*), MAX(renewed)) FROM loan WHERE item_code='30000101'"))
                .isEqualTo("1|0");
        assertThat(db.count("SELECT COUNT(*) FROM loan_history h JOIN loan l ON l.loan_id = h.loan_id"
                + " WHERE l.item_code='30000101'")).isEqualTo(1);
    }

    @Test
    void theSameLineSentAgainGetsTheFirstAnswer() throws Exception {
        LocalDateTime when = Sip2TestTerminal.freshDate();
        try (Sip2TestTerminal t = terminal()) {
            CheckinResponse first = t.ask(Sip2TestTerminal.checkin("30000112"));
            assertThat(first.ok()).isTrue();
            CheckoutResponse lent = t.ask(Sip2TestTerminal.checkout("2024000321", "30000112", when));
            CheckoutResponse repeated = t.ask(Sip2TestTerminal.checkout("2024000321", "30000112", when));
            assertThat(lent.ok()).isTrue();
            assertThat(repeated).usingRecursiveComparison().ignoringFields("transactionDate").isEqualTo(lent);
        }
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000112' AND is_return=0")).isEqualTo(1);
    }

    @Test
    void checkinOfAnOverdueLoanChargesTheFine() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            CheckinResponse in = t.ask(Sip2TestTerminal.checkin("30000119"));
            assertThat(in.ok()).isTrue();
            assertThat(in.patronId()).isEqualTo("2024000555");
            CheckinResponse again = t.ask(Sip2TestTerminal.checkin("30000119"));
            assertThat(again.ok()).isFalse();
            assertThat(again.screenMessages()).hasSize(2);
        }
        assertThat(db.one("SELECT CONCAT_WS('|', is_return, return_date) FROM loan WHERE item_code='30000119'"))
                .isEqualTo("1|2026-12-08");
        assertThat(db.count("SELECT COUNT(*) FROM fines WHERE member_id='2024000555' AND description LIKE '%30000119%'"))
                .isEqualTo(1);
    }

    @Test
    void renewAndRenewAll() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            RenewResponse one = t.ask(new RenewRequest(false, false, Sip2TestTerminal.freshDate(), null, "MLG",
                    "2024000123", null, "30000111", null, "", null, null, List.of()));
            assertThat(one.ok()).isTrue();
            assertThat(one.renewalOk()).isTrue();
            RenewAllResponse all = t.ask(new RenewAllRequest(Sip2TestTerminal.freshDate(), "MLG", "2024000123", null, "",
                    null, List.of()));
            assertThat(all.ok()).isTrue();
            int open = db.count("SELECT COUNT(*) FROM loan WHERE member_id='2024000123' AND is_return=0");
            assertThat(all.renewedCount() + all.unrenewedCount()).isEqualTo(open);
            assertThat(all.renewedItems().size()).isEqualTo(all.renewedCount());
            RenewAllResponse nobody = t.ask(new RenewAllRequest(Sip2TestTerminal.freshDate(), "MLG", "2099999999", null,
                    "", null, List.of()));
            assertThat(nobody.ok()).isFalse();
        }
        assertThat(db.count("SELECT renewed FROM loan WHERE item_code='30000111'")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void endSessionAndUnknownItem() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            EndSessionResponse end = t.ask(new EndPatronSessionRequest(Sip2TestTerminal.freshDate(), "MLG", "2024000123",
                    "", null, List.of()));
            assertThat(end.endSession()).isTrue();
            ItemInformationResponse unknown = t.ask(new ItemInformationRequest(Sip2TestTerminal.freshDate(), "MLG",
                    "39999999", "", List.of()));
            assertThat(unknown.circulationStatus()).isEqualTo(CirculationStatus.OTHER);
            assertThat(unknown.screenMessages()).isNotEmpty();
        }
    }

    @Test
    void aBadChecksumIsAnswered96AndTheResendIsAnswered() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            String good = Sip2TestTerminal.CODEC.encodeText(ScStatusRequest.of(ScStatusCode.OK, 40), 3);
            String broken = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0");
            t.sendRaw(broken);
            assertThat(t.receive().message().type()).isEqualTo(MessageType.REQUEST_SC_RESEND);
            t.sendRaw(good);
            Decoded d = t.receive();
            assertThat(d.message().type()).isEqualTo(MessageType.ACS_STATUS);
            assertThat(d.sequence()).hasValue(3);
        }
    }

    @Test
    void garbageIsAnswered96UntilTheConnectionIsEnded() throws Exception {
        try (Sip2TestTerminal t = terminal()) {
            for (int i = 0; i < Sip2Connection.MAX_BAD_LINES - 1; i++) {
                t.sendRaw("\u0001garbage" + i);
                assertThat(t.receive().message().type()).isEqualTo(MessageType.REQUEST_SC_RESEND);
            }
            t.sendRaw("ZZnot sip2");
            assertThat(t.closedByServer(10_000)).isTrue();
        }
    }

    private static String oneOwn(String sql) {
        try (var c = db.own.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
