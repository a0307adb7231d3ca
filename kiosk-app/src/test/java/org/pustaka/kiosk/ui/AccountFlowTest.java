package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.kiosk.library.Money;

/** Renewing some and all loans, the account with fines and holds, and the card refusals, by touch alone. */
@Isolated
class AccountFlowTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void renewsSelectedThenAllLoansAfterACardScan(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.desk.scanCard("2024000123");
        kiosk.awaitScreen("identify");
        kiosk.awaitText("identify.number", "2024000123");
        kiosk.type("1234");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.RENEW");
        kiosk.awaitScreen("renew");
        kiosk.awaitText("renew.loan.30000111.due", t.get("loan.due", t.date(FakeDesk.TODAY.plusDays(3))));
        assertThat(kiosk.text("renew.loan.30000112.due")).isEqualTo(t.get("loan.overdue", t.date(FakeDesk.TODAY.minusDays(2))));
        kiosk.click("renew.loan.30000111");
        kiosk.awaitText("renew.loan.30000111.state", t.get("renew.selected"));
        kiosk.shoot("renew");
        kiosk.click("renew.some");
        kiosk.awaitText("renew.loan.30000111.status", t.get("renew.renewed", t.date(FakeDesk.TODAY.plusDays(17))));
        kiosk.click("renew.all");
        kiosk.awaitText("renew.loan.30000112.status", t.get("renew.refused", t.get("refusal.RENEWAL_LIMIT_REACHED")));
        kiosk.shoot("renew-done");
        assertThat(kiosk.desk.calls).contains("renew [30000111]", "renew []");
        kiosk.click("renew.done");
        kiosk.awaitScreen("menu");
        kiosk.click("menu.finish");
        kiosk.awaitScreen("receipt");
        kiosk.await("printer checked", () -> kiosk.allText().contains(t.get("receipt.none")));
        kiosk.click("receipt.none");
        kiosk.awaitScreen("survey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void showsFinesInRupiahAndHoldsReady(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.ACCOUNT");
        identify("2024000789", "1111");
        kiosk.awaitScreen("account");
        kiosk.awaitText("account.fines.title", t.get("account.fines", t.money(Money.rupiah(7500))));
        assertThat(kiosk.text("account.fines.title")).contains(lang.equals("id") ? "Rp 7.500" : "Rp 7,500");
        kiosk.shoot("account");
        kiosk.click("account.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.ACCOUNT");
        kiosk.awaitScreen("account");
        kiosk.awaitText("account.fines.title", t.get("account.fines", t.money(Money.rupiah(7500))));
        kiosk.click("header.cancel");
        kiosk.awaitScreen("welcome");
        kiosk.chooseLanguage();

        kiosk.click("start.ACCOUNT");
        identify("2024000321", "2222");
        kiosk.awaitScreen("account");
        kiosk.awaitText("account.hold.30000106.status", t.get("account.hold.pickup", t.date(FakeDesk.TODAY.plusDays(5))));
        kiosk.shoot("account-hold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void refusedCardsSayWhatToDoAndLetTheVisitorTryAgain(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.BORROW");
        identify("2024000123", "9999");
        kiosk.awaitText("identify.message", t.get("refusal.WRONG_PIN"));
        kiosk.shoot("identify-wrong-pin");
        kiosk.type("1234");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("borrow");
        kiosk.click("header.cancel");
        kiosk.awaitScreen("welcome");
        kiosk.chooseLanguage();

        kiosk.click("start.RENEW");
        identify("2024000456", "4321");
        kiosk.awaitText("identify.message", t.get("refusal.PATRON_BLOCKED"));
        kiosk.type("2024000999");
        kiosk.click("key.confirm");
        kiosk.type("3333");
        kiosk.click("key.confirm");
        kiosk.awaitText("identify.message", t.get("refusal.CARD_EXPIRED"));
        kiosk.click("header.cancel");
        kiosk.awaitScreen("welcome");
        assertThat(kiosk.allText()).doesNotContain("2024000999");
    }
}
