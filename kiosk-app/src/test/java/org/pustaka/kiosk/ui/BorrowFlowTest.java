package org.pustaka.kiosk.ui;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.hardware.api.BuzzerCue;

/** A whole borrowing visit by touch alone: card number and PIN on the keypad, items on the pad, receipt, survey. */
@Isolated
class BorrowFlowTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aMemberWithFinesOverTheLimitIsToldWhyEachItemIsRefused(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.BORROW");
        identify("2024000555", "5555");
        kiosk.awaitScreen("borrow");
        kiosk.desk.pad("30000102", true);
        kiosk.awaitText("borrow.item.30000102.status", t.get("item.refused", t.get("refusal.FINES_TOO_HIGH")));
        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        kiosk.click("menu.finish");
        // nothing was recorded, so no receipt is offered
        kiosk.awaitScreen("survey");
        kiosk.click("survey.skip");
        kiosk.awaitScreen("goodbye");
    }

    @Test
    void aStackLaidDownTogetherIsLentAsOneStackWithAnOutcomeForEachItem() throws Exception {
        kiosk = KioskFixture.start("en");
        Texts t = kiosk.texts();
        kiosk.awaitScreen("welcome");
        kiosk.click("start.BORROW");
        kiosk.awaitScreen("identify");
        kiosk.type("2024000123");
        kiosk.click("key.confirm");
        kiosk.type("1234");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("borrow");

        kiosk.desk.stack("30000101", "30000107", "30000105");

        kiosk.awaitText("borrow.item.30000101.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        kiosk.awaitText("borrow.item.30000107.status", t.get("item.refused", t.get("refusal.ITEM_NOT_FOR_LOAN")));
        kiosk.awaitText("borrow.item.30000105.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        List<String> calls = List.copyOf(kiosk.desk.calls);
        assertThat(calls.subList(calls.indexOf("stack of 3") + 1, calls.size())).as("in the pad's order")
                .startsWith("borrow 30000101", "borrow 30000105", "borrow 30000107");
        assertThat(kiosk.desk.calls).filteredOn(c -> c.startsWith("stack of ")).containsExactly("stack of 3");
        assertThat(kiosk.buzzer.played()).contains(BuzzerCue.REFUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void borrowsItemsLaidOnThePadAndPrintsAReceipt(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.awaitScreen("welcome");
        kiosk.awaitText("welcome.title", t.get("welcome.title"));
        kiosk.await("strip shows the event", () -> kiosk.text("welcome.strip").contains("Literasi Digital"));
        kiosk.shoot("welcome");

        kiosk.click("start.BORROW");
        kiosk.awaitScreen("identify");
        kiosk.type("2024000123");
        kiosk.awaitText("identify.number", "2024000123");
        kiosk.shoot("identify");
        kiosk.click("key.confirm");
        kiosk.type("1234");
        assertThat(kiosk.text("identify.pin")).doesNotContain("1").contains("\u25CF");
        kiosk.shoot("identify-pin");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("borrow");

        kiosk.desk.pad("30000101", true);
        kiosk.desk.pad("30000107", true);
        kiosk.desk.pad(kiosk.desk.item("30000105"), 1, true);
        kiosk.awaitText("borrow.item.30000101.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        kiosk.awaitText("borrow.item.30000107.status", t.get("item.refused", t.get("refusal.ITEM_NOT_FOR_LOAN")));
        kiosk.awaitText("borrow.item.30000105.status", t.get("item.partsMissing", 2));
        kiosk.shoot("borrow");
        kiosk.desk.pad(kiosk.desk.item("30000105"), 2, true);
        kiosk.awaitText("borrow.item.30000105.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        assertThat(kiosk.text("borrow.item.30000101.title")).isEqualTo("Laskar Pelangi");
        if (lang.equals("id")) {
            assertThat(kiosk.text("borrow.item.30000101.status")).contains("Sabtu, 12 Desember 2026");
        }
        assertThat(kiosk.buzzer.played()).contains(BuzzerCue.ACCEPT, BuzzerCue.REFUSE);

        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        kiosk.awaitText("menu.hello", t.get("menu.hello", "Siti Rahayu"));
        kiosk.shoot("menu");
        kiosk.click("menu.finish");
        kiosk.awaitScreen("receipt");
        kiosk.await("printer checked", () -> kiosk.allText().contains(t.get("receipt.print")));
        kiosk.shoot("receipt");
        kiosk.click("receipt.print");
        // the visitor is told to take the receipt before the kiosk moves on
        kiosk.awaitText("receipt.message", t.get("receipt.take"));
        assertThat(kiosk.desk.printer.printed()).hasSize(1);
        kiosk.click("receipt.next");
        kiosk.awaitScreen("survey");
        assertThat(kiosk.desk.printer.lastText()).contains("Laskar Pelangi").contains("******0123")
                .doesNotContain("2024000123");
        kiosk.shoot("survey");
        kiosk.click("survey.5");
        kiosk.awaitScreen("goodbye");
        kiosk.shoot("goodbye");
        kiosk.advance(Duration.ofSeconds(6));
        kiosk.awaitScreen("welcome");
        assertThat(kiosk.allText()).doesNotContain("Siti").doesNotContain("Laskar Pelangi\n");
    }
}
