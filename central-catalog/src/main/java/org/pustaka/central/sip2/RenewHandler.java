package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.central.circulation.CirculationAnswer;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.Tristate;

/**
 * 29 Renew (SIP2 2.00 section "Renew"): renews the patron's loan of one item through the core, which keeps
 * SLiMS's renewal limit and refuses reserved items. Renewal ok ({@code Y}) says the loan was renewed.
 */
final class RenewHandler implements Sip2Handler<RenewRequest> {
    private final CirculationDesk desk;
    private final Sip2Replies replies;

    RenewHandler(CirculationDesk desk, Sip2Replies replies) {
        this.desk = desk;
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(RenewRequest r, Sip2Session session) {
        CirculationAnswer a = desk.renew(new org.pustaka.central.circulation.RenewRequest(
                Sip2Replies.requestId("29", r.transactionDate(), r.patronId(), r.itemId()), session.ledgerId(),
                r.patronId(), r.itemId(), replies.when(r.noBlock(), r.transactionDate())));
        String fee = a.fineCharged() > 0 ? Long.toString(a.fineCharged()) : null;
        return new RenewResponse(a.ok(), a.ok(), Tristate.NO, Tristate.UNKNOWN, replies.now(), replies.institutionId(),
                r.patronId(), r.itemId(), a.title() == null ? "" : Sip2Replies.clean(a.title()),
                replies.dueDate(a.dueDate()), null, null, fee == null ? null : Sip2Replies.CURRENCY, fee, null, null,
                null, Sip2Replies.screen(a.refusal(), a.messages()), List.of(), List.of());
    }
}
