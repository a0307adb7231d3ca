package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.ScStatusRequest;
import org.pustaka.sip2.Sip2Message;

/**
 * 99 SC Status (SIP2 2.00 section "SC Status"): answered 98 with what this server does. The supported-messages
 * map (BX) follows the specification's order: patron status, checkout, checkin, block patron, SC/ACS status,
 * resend, login, patron information, end patron session, fee paid, item information, item status update,
 * patron enable, hold, renew, renew all.
 */
final class StatusHandler implements Sip2Handler<ScStatusRequest> {
    static final String SUPPORTED = "YYYNYYYYYNYNNNYY";
    private final Sip2Replies replies;
    private final String libraryName;

    StatusHandler(Sip2Replies replies, String libraryName) {
        this.replies = replies;
        this.libraryName = libraryName;
    }

    @Override
    public Sip2Message answer(ScStatusRequest request, Sip2Session session) {
        String location = session.terminal().map(Terminals.Terminal::locationCode).orElse(null);
        return new AcsStatusResponse(true, true, true, true, false, false, 30, 3, replies.now(), "2.00",
                replies.institutionId(), libraryName, SUPPORTED, location, List.of(), List.of(), List.of());
    }
}
