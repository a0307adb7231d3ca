package org.pustaka.kiosk.receipt;

import java.time.Instant;
import java.util.List;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.receipt.VisitKind;
import org.pustaka.kiosk.receipt.VisitReceipt;
import org.pustaka.kiosk.ui.BasicReceiptComposer;
import org.pustaka.kiosk.ui.ReceiptComposer;
import org.pustaka.kiosk.ui.VisitLine;
import org.pustaka.kiosk.ui.VisitRecord;

/**
 * The touchscreen's receipts from the library's receipt templates (id and en). A visit of one kind
 * (borrowing, returning or renewing) gets its template; a visit that mixed kinds gets the plain layout,
 * which lists each line with what it was.
 */
public final class TemplateReceiptComposer implements ReceiptComposer {
    private final ReceiptTemplates templates;
    private final ReceiptComposer mixed;

    public TemplateReceiptComposer(ReceiptTemplates templates, String libraryName) {
        this.templates = templates;
        this.mixed = new BasicReceiptComposer(libraryName);
    }

    @Override
    public Receipt compose(VisitRecord visit, String language) {
        List<VisitLine.Kind> kinds = visit.lines().stream().map(VisitLine::kind).distinct().toList();
        if (kinds.size() != 1) {
            return mixed.compose(visit, language);
        }
        VisitKind kind = switch (kinds.get(0)) {
            case BORROW -> VisitKind.BORROW;
            case RETURN -> VisitKind.RETURN;
            case RENEW -> VisitKind.RENEW;
        };
        return templates.visit(new VisitReceipt(kind, visit.patronId(), Instant.now(),
                visit.lines().stream().map(VisitLine::outcome).toList(), Money.ZERO), language);
    }
}
