package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.central.circulation.CirculationAnswer;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.PatronAnswer;
import org.pustaka.central.circulation.RefusalCode;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.Tristate;

/**
 * 11 Checkout (SIP2 2.00 section "Checkout"): lends through the core. A patron password (AD), when sent, is
 * checked first. An item the patron already holds is answered ok with its due date and renewal ok {@code N}:
 * the core changes nothing, so a terminal repeating a checkout whose answer it lost never renews by accident.
 */
final class CheckoutHandler implements Sip2Handler<CheckoutRequest> {
    private final CirculationDesk desk;
    private final Sip2Replies replies;

    CheckoutHandler(CirculationDesk desk, Sip2Replies replies) {
        this.desk = desk;
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(CheckoutRequest r, Sip2Session session) {
        if (Sip2Replies.pin(r.patronPassword()).isPresent()) {
            PatronAnswer who = desk.authenticate(r.patronId(), Sip2Replies.pin(r.patronPassword()));
            if (!who.ok() && (who.refusal().code() == RefusalCode.WRONG_PIN
                    || who.refusal().code() == RefusalCode.UNKNOWN_PATRON)) {
                return response(r, CirculationAnswer.refused(r.itemId(), null, who.refusal()));
            }
        }
        CirculationAnswer a = desk.checkout(new org.pustaka.central.circulation.CheckoutRequest(
                Sip2Replies.requestId("11", r.transactionDate(), r.patronId(), r.itemId()), session.ledgerId(),
                r.patronId(), r.itemId(), replies.when(r.noBlock(), r.transactionDate()), r.noBlock()));
        return response(r, a);
    }

    private CheckoutResponse response(CheckoutRequest r, CirculationAnswer a) {
        String fee = a.fineCharged() > 0 ? Long.toString(a.fineCharged()) : null;
        return new CheckoutResponse(a.ok(), false, Tristate.NO, a.ok() ? Tristate.YES : Tristate.NO, replies.now(),
                replies.institutionId(), r.patronId(), r.itemId(), a.title() == null ? "" : Sip2Replies.clean(a.title()),
                replies.dueDate(a.dueDate()), null, null, fee == null ? null : Sip2Replies.CURRENCY, fee, null, null,
                null, Sip2Replies.screen(a.refusal(), a.messages()), List.of(), List.of());
    }
}
