package org.pustaka.kiosk.receipt;

import java.util.List;
import java.util.stream.Collectors;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptLine;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.privacy.PatronMask;
import org.pustaka.kiosk.library.RefusalReason;

/**
 * The body of a loan, return or renewal receipt: the masked member number, the items done (with due
 * dates, or with what to do with a returned book), the items refused with their reasons, those staff
 * must see, fines, and the offline notice when anything waits to reach the library system.
 */
final class VisitLines {
    private static final String INDENT = "  ";
    private final ReceiptWords w;

    VisitLines(ReceiptWords w) {
        this.w = w;
    }

    void add(Receipt.Builder b, VisitReceipt v) {
        v.patronIfKnown().ifPresent(p -> b.columns(w.text("label.member"), PatronMask.mask(p)));
        b.rule();
        List<ItemOutcome> done = only(v, ItemOutcome.Result.DONE, ItemOutcome.Result.DONE_OFFLINE);
        List<ItemOutcome> refused = only(v, ItemOutcome.Result.REFUSED);
        List<ItemOutcome> staff = only(v, ItemOutcome.Result.SEE_STAFF);
        if (!done.isEmpty()) {
            section(b, w.text("section.done." + v.kind().name(), Integer.toString(done.size())));
            for (ItemOutcome item : done) {
                doneItem(b, v.kind(), item);
            }
        }
        if (!refused.isEmpty()) {
            section(b, w.text("section.refused", Integer.toString(refused.size())));
            for (ItemOutcome item : refused) {
                b.text(name(item));
                b.text(INDENT + reason(item));
            }
        }
        if (!staff.isEmpty()) {
            section(b, w.text("section.staff", Integer.toString(staff.size())));
            for (ItemOutcome item : staff) {
                b.text(name(item));
                b.text(INDENT + w.text("staff.item"));
            }
        }
        if (done.isEmpty() && refused.isEmpty() && staff.isEmpty()) {
            b.text(w.text("items.none"));
        }
        b.rule();
        if (!v.fines().isZero()) {
            b.columns(w.text("label.fines"), w.money(v.fines()));
            b.text(w.text("fines.note"));
        }
        if (v.anyOffline()) {
            b.add(new ReceiptLine.Text(w.text("offline.title"), ReceiptLine.Align.LEFT, true, false));
            b.text(w.text("offline.notice"));
        }
        if (v.kind() == VisitKind.RETURN && !done.isEmpty()) {
            b.text(w.text("return.instructions"));
        }
        if (v.kind() != VisitKind.RETURN && !done.isEmpty()) {
            b.text(w.text("due.reminder"));
        }
        ReceiptTemplates.bottom(b, w);
    }

    private void doneItem(Receipt.Builder b, VisitKind kind, ItemOutcome item) {
        String mark = item.result() == ItemOutcome.Result.DONE_OFFLINE ? " *" : "";
        b.text(name(item) + mark);
        if (kind != VisitKind.RETURN && item.dueDate() != null) {
            b.columns(INDENT + item.itemId(), w.text("due", w.date(item.dueDate())));
            return;
        }
        b.text(INDENT + item.itemId());
        switch (item.instruction()) {
            case HOLD_SHELF -> b.text(INDENT + w.text("instruction.HOLD_SHELF"));
            case SORT_BIN -> b.text(INDENT + w.text("instruction.SORT_BIN", item.sortBin()));
            case STAFF -> b.text(INDENT + w.text("instruction.STAFF"));
            case NONE -> {
                // nothing to do beyond the general return instructions
            }
        }
    }

    private void section(Receipt.Builder b, String title) {
        b.add(new ReceiptLine.Text(title, ReceiptLine.Align.LEFT, true, false));
    }

    private String reason(ItemOutcome item) {
        if (item.refusal() == null) {
            return w.refusal(RefusalReason.OTHER);
        }
        String text = w.refusal(item.refusal().reason());
        String library = item.refusal().libraryMessage();
        if (item.refusal().reason() == RefusalReason.OTHER && !library.isBlank()) {
            return library;
        }
        return text;
    }

    private static String name(ItemOutcome item) {
        return item.title().isBlank() ? item.itemId() : item.title();
    }

    private static List<ItemOutcome> only(VisitReceipt v, ItemOutcome.Result... results) {
        List<ItemOutcome.Result> wanted = List.of(results);
        return v.items().stream().filter(i -> wanted.contains(i.result())).collect(Collectors.toList());
    }
}
