package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Books left on the pad are never acted on unasked: a book borrowed in this visit is returned only
 * after the visitor confirms, a reference book that was never lent is "not on loan", and the next
 * visitor's borrow leaves the previous visitor's books alone until they are lifted and laid down again.
 */
@Isolated
class PadCarryOverTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aBookBorrowedInThisVisitIsReturnedOnlyWhenTheVisitorSaysSo(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.BORROW");
        identify("2024000123", "1234");
        kiosk.awaitScreen("borrow");
        kiosk.desk.pad("30000101", true);
        kiosk.desk.pad("30000107", true);
        kiosk.awaitText("borrow.item.30000101.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        kiosk.awaitText("borrow.item.30000107.status", t.get("item.refused", t.get("refusal.ITEM_NOT_FOR_LOAN")));
        kiosk.awaitText("borrow.takeAway", t.get("borrow.takeAway"));
        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.RETURN");
        kiosk.awaitScreen("return");

        kiosk.awaitText("return.item.30000101.status", t.get("return.confirm"));
        kiosk.awaitText("return.item.30000107.status", t.get("return.notOnLoan"));
        assertThat(kiosk.desk.calls).noneMatch(c -> c.startsWith("giveBack"));

        kiosk.click("return.item.30000101.confirm");
        kiosk.awaitText("return.item.30000101.status", t.get("return.done"));
        assertThat(kiosk.desk.calls).contains("giveBack 30000101").doesNotContain("giveBack 30000107");

        // back to borrowing with the book still on the pad: borrowing it again is asked too
        kiosk.click("return.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.BORROW");
        kiosk.awaitScreen("borrow");
        kiosk.awaitText("borrow.item.30000101.status", t.get("borrow.confirm"));
        assertThat(kiosk.desk.calls.stream().filter("borrow 30000101"::equals)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theNextVisitorDoesNotInheritTheBooksLeftOnThePad(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.BORROW");
        identify("2024000123", "1234");
        kiosk.awaitScreen("borrow");
        kiosk.desk.pad("30000102", true);
        kiosk.awaitText("borrow.item.30000102.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        kiosk.click("header.cancel");
        kiosk.awaitScreen("welcome");

        kiosk.chooseLanguage();
        kiosk.click("start.BORROW");
        identify("2024000321", "2222");
        kiosk.awaitScreen("borrow");
        kiosk.awaitText("borrow.item.30000102.status", t.get("borrow.leftOver"));
        assertThat(kiosk.desk.calls.stream().filter("borrow 30000102"::equals)).hasSize(1);

        // lifted and laid down again, it is this visitor's to borrow
        kiosk.desk.pad("30000102", false);
        kiosk.desk.pad("30000102", true);
        kiosk.awaitText("borrow.item.30000102.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        assertThat(kiosk.desk.calls.stream().filter("borrow 30000102"::equals)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void renewingALoanMadeTodayIsRefusedWithTheReason(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.BORROW");
        identify("2024000123", "1234");
        kiosk.awaitScreen("borrow");
        kiosk.desk.pad("30000101", true);
        kiosk.awaitText("borrow.item.30000101.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        kiosk.desk.pad("30000101", false);
        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.RENEW");
        kiosk.awaitScreen("renew");
        kiosk.await("today's loan listed", () -> kiosk.allText().contains("Laskar Pelangi"));
        // the due date reads whole on the row
        kiosk.awaitText("renew.loan.30000101.due", LoanTexts.due(t, new org.pustaka.kiosk.library.Loan("30000101",
                "Laskar Pelangi", FakeDesk.TODAY.plusDays(14), false)));
        kiosk.click("renew.loan.30000101");
        kiosk.click("renew.some");
        kiosk.awaitText("renew.loan.30000101.status", t.get("renew.refused", t.get("refusal.RENEWAL_TOO_SOON")));
    }
}
