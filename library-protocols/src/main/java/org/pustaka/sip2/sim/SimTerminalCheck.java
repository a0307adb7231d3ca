package org.pustaka.sip2.sim;

import java.time.LocalDateTime;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.FeePaidRequest;
import org.pustaka.sip2.HoldRequest;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.Sip2Message;

/**
 * The simulated library's terminal password check, for servers set up to require one: a request that
 * carries the AC field with another value (or none) is refused with its own response type, "ok" false and
 * a screen message ({@link SimRefusals}), and nothing is done, as a real ACS does. Requests without an AC
 * field (login, SC status) are not checked.
 */
final class SimTerminalCheck {
    static final String WRONG_TERMINAL_PASSWORD = "Kata sandi terminal salah.";

    private SimTerminalCheck() {
    }

    /** The refusal when {@code request} has an AC field not equal to {@code required}; null when it may pass. */
    static Sip2Message refusal(Sip2Message request, String required, String institution, LocalDateTime now) {
        String given = terminalPassword(request);
        if (given == null || given.equals(required)) {
            return null;
        }
        return SimRefusals.of(request, institution, now, WRONG_TERMINAL_PASSWORD);
    }

    /** The AC value of a request that has the field ("" when it was left out); null for other messages. */
    static String terminalPassword(Sip2Message request) {
        String ac;
        if (request instanceof CheckoutRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof CheckinRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof RenewRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof RenewAllRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof PatronInformationRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof PatronStatusRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof ItemInformationRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof EndPatronSessionRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof FeePaidRequest r) {
            ac = r.terminalPassword();
        } else if (request instanceof HoldRequest r) {
            ac = r.terminalPassword();
        } else {
            return null;
        }
        return ac == null ? "" : ac;
    }
}
