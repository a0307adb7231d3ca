package org.pustaka.central.sip2;

import java.util.List;
import java.util.Optional;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.Sip2Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * 93 Login (SIP2 2.00 section "Login"): the terminal's user id (CN) and password (CO) are checked against the
 * terminal accounts; 94 answers 1 or 0. The password is never logged.
 */
final class LoginHandler implements Sip2Handler<LoginRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandler.class);
    private final Terminals terminals;

    LoginHandler(Terminals terminals) {
        this.terminals = terminals;
    }

    @Override
    public Sip2Message answer(LoginRequest request, Sip2Session session) {
        Optional<Terminals.Terminal> t = terminals.login(request.userId(), request.password());
        if (t.isEmpty()) {
            int refused = session.refused();
            LOG.warn("Login refused for terminal '{}' ({} refused on this connection)",
                    Sip2Replies.clean(request.userId()), refused);
            return new LoginResponse(false, List.of());
        }
        session.loggedIn(t.get());
        MDC.put(Sip2Connection.MDC_TERMINAL, " " + t.get().login());
        LOG.info("Terminal '{}' logged in", t.get().login());
        return new LoginResponse(true, List.of());
    }
}
