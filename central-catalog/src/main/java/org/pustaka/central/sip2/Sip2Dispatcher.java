package org.pustaka.central.sip2;

import java.time.Clock;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.ScStatusRequest;
import org.pustaka.sip2.Sip2Dates;
import org.pustaka.sip2.Sip2Message;

/**
 * Routes each request to its handler, the one place that knows which messages the server answers. Before a
 * good login only 93 and 99 are answered; anything else means the terminal skipped its login, and the
 * connection is ended (null answer with {@link #mustLogIn}), as Koha and FOLIO do.
 */
final class Sip2Dispatcher {
    private final LoginHandler login;
    private final StatusHandler status;
    private final PatronStatusHandler patronStatus;
    private final PatronInformationHandler patronInformation;
    private final CheckoutHandler checkout;
    private final CheckinHandler checkin;
    private final RenewHandler renew;
    private final RenewAllHandler renewAll;
    private final ItemInformationHandler item;
    private final EndSessionHandler endSession;

    Sip2Dispatcher(CirculationDesk desk, Terminals terminals, Clock clock, Sip2Dates dates, String institutionId,
                   String libraryName) {
        Sip2Replies replies = new Sip2Replies(clock, dates, institutionId);
        this.login = new LoginHandler(terminals);
        this.status = new StatusHandler(replies, libraryName);
        this.patronStatus = new PatronStatusHandler(desk, replies);
        this.patronInformation = new PatronInformationHandler(desk, replies);
        this.checkout = new CheckoutHandler(desk, replies);
        this.checkin = new CheckinHandler(desk, replies);
        this.renew = new RenewHandler(desk, replies);
        this.renewAll = new RenewAllHandler(desk, replies);
        this.item = new ItemInformationHandler(desk, replies);
        this.endSession = new EndSessionHandler(replies);
    }

    /** Whether this request needs a logged-in terminal that the session does not have. */
    static boolean mustLogIn(Sip2Message m, Sip2Session session) {
        return session.terminal().isEmpty() && !(m instanceof LoginRequest) && !(m instanceof ScStatusRequest);
    }

    /** The answer, or null for a message type this server does not answer (37, 15 and the responses). */
    Sip2Message answer(Sip2Message m, Sip2Session session) {
        return switch (m.type()) {
            case LOGIN -> login.answer((LoginRequest) m, session);
            case SC_STATUS -> status.answer((ScStatusRequest) m, session);
            case PATRON_STATUS -> patronStatus.answer((PatronStatusRequest) m, session);
            case PATRON_INFORMATION -> patronInformation.answer((PatronInformationRequest) m, session);
            case CHECKOUT -> checkout.answer((CheckoutRequest) m, session);
            case CHECKIN -> checkin.answer((CheckinRequest) m, session);
            case RENEW -> renew.answer((RenewRequest) m, session);
            case RENEW_ALL -> renewAll.answer((RenewAllRequest) m, session);
            case ITEM_INFORMATION -> item.answer((ItemInformationRequest) m, session);
            case END_PATRON_SESSION -> endSession.answer((EndPatronSessionRequest) m, session);
            default -> null;
        };
    }
}
