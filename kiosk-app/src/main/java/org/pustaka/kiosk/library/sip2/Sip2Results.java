package org.pustaka.kiosk.library.sip2;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.sip2.RefusalClassifier.Operation;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.LoanResponse;
import org.pustaka.sip2.Sip2Dates;
import org.pustaka.sip2.Tristate;

/** Maps SIP2 circulation responses onto the kiosk's result records. */
final class Sip2Results {
    /** Alert types (CV) that mean "a hold waits for this item". */
    private static final List<String> HOLD_ALERTS = List.of("01", "02");

    private Sip2Results() {
    }

    /** A checkout (12) or renewal (30) answer; {@code operation} names which, for the refusal reason. */
    static CheckoutResult loan(String itemId, LoanResponse r, Operation operation, Sip2Dates dates) {
        if (r.ok()) {
            return new CheckoutResult(itemId, true, r.title(), due(r.dueDate(), dates), null,
                    r.desensitize() != Tristate.NO, r.screenMessages());
        }
        return new CheckoutResult(itemId, false, r.title(), null, refusal(r.screenMessages(), operation), false,
                r.screenMessages());
    }

    static CheckoutResult unrenewed(String itemId, List<String> screenMessages) {
        return new CheckoutResult(itemId, false, "", null, refusal(screenMessages, Operation.RENEW), false,
                screenMessages);
    }

    static CheckinResult checkin(String itemId, CheckinResponse r) {
        boolean hold = (r.alertType() != null && HOLD_ALERTS.contains(r.alertType()))
                || (r.alert() && RefusalClassifier.classify(r.screenMessages(), Operation.CHECKIN)
                == RefusalReason.ITEM_ON_HOLD_FOR_ANOTHER);
        return new CheckinResult(itemId, r.ok(), r.title(), r.sortBin(), r.alert(), hold,
                r.ok() ? null : refusal(r.screenMessages(), Operation.CHECKIN), r.screenMessages());
    }

    static ItemInfo item(String itemId, ItemInformationResponse r, Sip2Dates dates) {
        boolean titled = r.title() != null && !r.title().isBlank();
        CirculationStatus status = CirculationStatus.named(r.circulationStatus().name());
        boolean found = titled || (status != CirculationStatus.OTHER && status != CirculationStatus.UNKNOWN);
        return new ItemInfo(itemId, found, status, r.title(), due(r.dueDate(), dates), null);
    }

    static LocalDate due(String dueDate, Sip2Dates dates) {
        return dates.parseLenient(dueDate).map(LocalDateTime::toLocalDate).orElse(null);
    }

    private static Refusal refusal(List<String> screenMessages, Operation operation) {
        return new Refusal(RefusalClassifier.classify(screenMessages, operation), String.join(" ", screenMessages));
    }
}
