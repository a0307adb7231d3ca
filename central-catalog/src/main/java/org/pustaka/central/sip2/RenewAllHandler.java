package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.central.circulation.CirculationAnswer;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.RenewAllAnswer;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.Sip2Message;

/**
 * 65 Renew All (SIP2 2.00 section "Renew All"): renews every loan of the patron through the core, each on its
 * own; 66 lists the renewed items (BM) and the others (BN). Ok is 0 only when the patron is unknown.
 */
final class RenewAllHandler implements Sip2Handler<RenewAllRequest> {
    private final CirculationDesk desk;
    private final Sip2Replies replies;

    RenewAllHandler(CirculationDesk desk, Sip2Replies replies) {
        this.desk = desk;
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(RenewAllRequest r, Sip2Session session) {
        RenewAllAnswer a = desk.renewAll(new org.pustaka.central.circulation.RenewAllRequest(
                Sip2Replies.requestId("65", r.transactionDate(), r.patronId()), session.ledgerId(), r.patronId(),
                replies.when(false, r.transactionDate())));
        List<String> renewed = a.results().stream().filter(CirculationAnswer::ok).map(CirculationAnswer::itemCode)
                .toList();
        List<String> unrenewed = a.results().stream().filter(x -> !x.ok()).map(CirculationAnswer::itemCode).toList();
        return new RenewAllResponse(a.ok(), renewed.size(), unrenewed.size(), replies.now(), replies.institutionId(),
                renewed, unrenewed, Sip2Replies.screen(a.refusal()), List.of(), List.of());
    }
}
