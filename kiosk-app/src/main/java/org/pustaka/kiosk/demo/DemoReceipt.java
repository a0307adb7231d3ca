package org.pustaka.kiosk.demo;

import java.time.Instant;
import java.util.List;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.receipt.ReceiptHeader;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.receipt.VisitKind;
import org.pustaka.kiosk.receipt.VisitReceipt;

/** The loan receipt of the scripted visit, from the kiosk's receipt templates, as text for 58 mm paper. */
final class DemoReceipt {
    private static final int COLUMNS = 32;

    private DemoReceipt() {
    }

    static String text(KioskConfig config, PatronCredentials visitor, List<ItemOutcome> loans, Money fines) {
        ReceiptTemplates templates = new ReceiptTemplates(new ReceiptHeader(config.kiosk().libraryName(),
                config.kiosk().libraryAddress(), config.kiosk().id(), config.kiosk().zone()));
        VisitReceipt visit = new VisitReceipt(VisitKind.BORROW, visitor.patronId(), Instant.now(), loans, fines);
        return ReceiptText.render(templates.visit(visit, config.kiosk().defaultLanguage()), COLUMNS);
    }
}
