package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.Sip2Message;

/**
 * 35 End Patron Session (SIP2 2.00 section "End Patron Session"): the server keeps no per-patron state (each
 * request names its patron), so there is nothing to release; 36 always says the session ended.
 */
final class EndSessionHandler implements Sip2Handler<EndPatronSessionRequest> {
    private final Sip2Replies replies;

    EndSessionHandler(Sip2Replies replies) {
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(EndPatronSessionRequest r, Sip2Session session) {
        return new EndSessionResponse(true, replies.now(), replies.institutionId(), r.patronId(), List.of(), List.of(),
                List.of());
    }
}
