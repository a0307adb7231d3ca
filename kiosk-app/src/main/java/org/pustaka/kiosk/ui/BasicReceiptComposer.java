package org.pustaka.kiosk.ui;

import org.pustaka.hardware.api.Receipt;
import org.pustaka.privacy.PatronMask;

/** A plain receipt: heading, masked card number, date, one line per item with its due date or result. */
public final class BasicReceiptComposer implements ReceiptComposer {
    private final String libraryName;

    public BasicReceiptComposer(String libraryName) {
        this.libraryName = libraryName;
    }

    @Override
    public Receipt compose(VisitRecord visit, String language) {
        Texts t = Texts.of(language);
        Receipt.Builder b = Receipt.builder().heading(libraryName).centered(t.get("receipt.heading")).rule();
        if (visit.patronId() != null) {
            b.text(t.get("receipt.patron", PatronMask.mask(visit.patronId())));
        }
        b.text(t.get("receipt.date", t.date(visit.date()))).rule();
        for (VisitLine line : visit.lines()) {
            b.text(ItemTexts.title(t, line.outcome().itemId(), line.outcome().title()));
            b.text("  " + ItemTexts.result(t, line));
        }
        return b.rule().centered(t.get("receipt.thanks")).build();
    }
}
