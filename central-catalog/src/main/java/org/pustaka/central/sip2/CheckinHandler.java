package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.central.circulation.CirculationAnswer;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.Tristate;

/**
 * 09 Checkin (SIP2 2.00 section "Checkin"): returns through the core, which charges any overdue fine. An item
 * another member reserved comes back with the alert flag and alert type {@code 01} (hold), so the terminal
 * sorts it to the hold shelf instead of the shelf.
 */
final class CheckinHandler implements Sip2Handler<CheckinRequest> {
    static final String ALERT_HOLD = "01";
    private final CirculationDesk desk;
    private final Sip2Replies replies;

    CheckinHandler(CirculationDesk desk, Sip2Replies replies) {
        this.desk = desk;
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(CheckinRequest r, Sip2Session session) {
        CirculationAnswer a = desk.checkin(new org.pustaka.central.circulation.CheckinRequest(
                Sip2Replies.requestId("09", r.transactionDate(), r.itemId()), session.ledgerId(), r.itemId(),
                replies.when(r.noBlock(), r.returnDate() != null ? r.returnDate() : r.transactionDate()), r.noBlock()));
        return new CheckinResponse(a.ok(), a.ok() && !a.holdForAnother(), Tristate.NO, a.holdForAnother(),
                replies.now(), replies.institutionId(), r.itemId(), null,
                a.title() == null ? null : Sip2Replies.clean(a.title()), null, a.memberId(), null, null,
                a.holdForAnother() ? ALERT_HOLD : null, Sip2Replies.screen(a.refusal(), a.messages()), List.of(),
                List.of());
    }
}
