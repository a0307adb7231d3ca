package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Returning without a card, with hold-shelf and sort-bin instructions, on a printer out of paper. */
@Isolated
class ReturnFlowTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void returnsItemsAndSaysWhereEachGoes(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.desk.paperOut(true);
        kiosk.click("start.RETURN");
        kiosk.awaitScreen("return");
        kiosk.desk.pad("30000111", true);
        kiosk.desk.pad("30000106", true);
        kiosk.desk.pad("30000108", true);
        kiosk.awaitText("return.item.30000111.status", t.get("return.done"));
        kiosk.awaitText("return.item.30000106.status", t.get("return.holdShelf"));
        kiosk.awaitText("return.item.30000108.status", t.get("return.sortBin", "B"));
        kiosk.shoot("return");
        kiosk.click("return.done");
        kiosk.awaitScreen("receipt");
        kiosk.awaitText("receipt.message", t.get("receipt.cannotPrint"));
        assertThat(kiosk.allText()).doesNotContain(t.get("receipt.print"));
        kiosk.shoot("receipt-no-paper");
        kiosk.click("receipt.none");
        kiosk.awaitScreen("survey");
        kiosk.click("survey.3");
        kiosk.awaitScreen("goodbye");
        assertThat(kiosk.desk.printer.printed()).isEmpty();
    }
}
