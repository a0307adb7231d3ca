package org.pustaka.kiosk.ui;

import org.pustaka.kiosk.circulation.ItemOutcome;

/** The words for what happened to an item, shared by the screens and the receipt so both say the same. */
final class ItemTexts {
    private ItemTexts() {
    }

    static String title(Texts t, String itemId, String title) {
        return title == null || title.isBlank() ? t.get("item.unknownTitle", itemId) : title;
    }

    static String result(Texts t, VisitLine line) {
        ItemOutcome o = line.outcome();
        if (o.result() == ItemOutcome.Result.SEE_STAFF) {
            return t.get("item.seeStaff");
        }
        if (o.result() == ItemOutcome.Result.REFUSED) {
            if (line.kind() == VisitLine.Kind.RETURN && o.refusal() != null
                    && o.refusal().reason() == org.pustaka.kiosk.library.RefusalReason.ITEM_NOT_ON_LOAN) {
                return t.get("return.notOnLoan");
            }
            String why = o.refusal() != null ? t.refusal(o.refusal()) : t.get("refusal.OTHER");
            return switch (line.kind()) {
                case BORROW -> t.get("item.refused", why);
                case RETURN -> t.get("item.refusedReturn", why);
                case RENEW -> t.get("renew.refused", why);
            };
        }
        String done = switch (line.kind()) {
            case BORROW -> o.dueDate() != null ? t.get("item.borrowed", t.date(o.dueDate())) : t.get("item.borrowed.noDate");
            case RENEW -> o.dueDate() != null ? t.get("renew.renewed", t.date(o.dueDate())) : t.get("item.done");
            case RETURN -> switch (o.instruction()) {
                case HOLD_SHELF -> t.get("return.holdShelf");
                case SORT_BIN -> t.get("return.sortBin", o.sortBin());
                case STAFF -> t.get("return.staff");
                case NONE -> t.get("return.done");
            };
        };
        return o.result() == ItemOutcome.Result.DONE_OFFLINE ? done + " " + t.get("item.offline") : done;
    }
}
