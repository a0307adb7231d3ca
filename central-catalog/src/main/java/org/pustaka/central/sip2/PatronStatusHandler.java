package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.Patron;
import org.pustaka.central.circulation.PatronAnswer;
import org.pustaka.central.circulation.RefusalCode;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.PatronStatusResponse;
import org.pustaka.sip2.Sip2Message;

/**
 * 23 Patron Status Request (SIP2 2.00 section "Patron Status Request"): 24 with the patron's flags, name,
 * validity (BL), PIN validity (CQ, only when a PIN was sent) and unpaid fines.
 */
final class PatronStatusHandler implements Sip2Handler<PatronStatusRequest> {
    private final CirculationDesk desk;
    private final Sip2Replies replies;

    PatronStatusHandler(CirculationDesk desk, Sip2Replies replies) {
        this.desk = desk;
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(PatronStatusRequest request, Sip2Session session) {
        PatronAnswer a = desk.authenticate(request.patronId(), Sip2Replies.pin(request.patronPassword()));
        Patron p = a.patron();
        Boolean pinOk = Sip2Replies.pin(request.patronPassword()).isPresent() ? p != null && p.pinAccepted() : null;
        List<String> screen = a.ok() || a.refusal().code() == RefusalCode.WRONG_PIN && pinOk == null
                ? List.of() : Sip2Replies.screen(a.refusal());
        return new PatronStatusResponse(Sip2Replies.flags(p), "000", replies.now(), replies.institutionId(),
                request.patronId(), p == null ? "" : Sip2Replies.clean(p.name()), p != null, pinOk,
                Sip2Replies.CURRENCY, Sip2Replies.fee(p), screen, List.of(), List.of());
    }
}
