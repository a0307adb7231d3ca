package org.pustaka.kiosk.demo;

import java.time.LocalDate;
import java.util.List;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronMask;

/** The loan receipt of the scripted visit as plain text, 32 columns (58 mm paper). */
final class DemoReceipt {

    private DemoReceipt() {
    }

    static String text(KioskConfig config, PatronCredentials visitor, List<ItemOutcome> loans) {
        boolean en = "en".equals(config.kiosk().defaultLanguage());
        Receipt.Builder r = Receipt.builder()
                .heading(config.kiosk().libraryName())
                .centered(config.kiosk().libraryAddress())
                .rule()
                .text((en ? "Card: " : "Kartu: ") + PatronMask.mask(visitor.patronId()))
                .text((en ? "Date: " : "Tanggal: ") + LocalDate.now(config.kiosk().zone()))
                .rule();
        for (ItemOutcome o : loans) {
            if (!o.succeeded()) {
                continue;
            }
            r.text(o.title().isEmpty() ? o.itemId() : o.title());
            r.columns(o.itemId(), (en ? "due " : "kembali ") + o.dueDate());
            if (o.result() == ItemOutcome.Result.DONE_OFFLINE) {
                r.text(en ? "(recorded offline)" : "(dicatat offline)");
            }
        }
        return ReceiptText.render(r.rule().centered(en ? "Thank you" : "Terima kasih").build(), 32);
    }
}
