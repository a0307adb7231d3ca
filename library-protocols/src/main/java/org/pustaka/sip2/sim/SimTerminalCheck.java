package org.pustaka.sip2.sim;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.FeePaidRequest;
import org.pustaka.sip2.FeePaidResponse;
import org.pustaka.sip2.FeeType;
import org.pustaka.sip2.HoldRequest;
import org.pustaka.sip2.HoldResponse;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.ItemLists;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.PatronStatusFlag;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.PatronStatusResponse;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.SecurityMarker;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.Tristate;

/**
 * The simulated library's terminal password check, for servers set up to require one: a request that
 * carries the AC field with another value (or none) is refused with its own response type, "ok" false and
 * a screen message, and nothing is done, as a real ACS does. Requests without an AC field (login, SC
 * status) are not checked.
 */
final class SimTerminalCheck {
    static final String WRONG_TERMINAL_PASSWORD = "Kata sandi terminal salah.";
    private static final String LANGUAGE = "000";

    private SimTerminalCheck() {
    }

    /** The refusal when {@code request} has an AC field not equal to {@code required}; null when it may pass. */
    static Sip2Message refusal(Sip2Message request, String required, String institution, LocalDateTime now) {
        String given = terminalPassword(request);
        if (given == null || given.equals(required)) {
            return null;
        }
        List<String> why = List.of(WRONG_TERMINAL_PASSWORD);
        if (request instanceof CheckoutRequest r) {
            return new CheckoutResponse(false, false, Tristate.NO, Tristate.NO, now, institution, r.patronId(),
                    r.itemId(), "", "", null, null, null, null, null, null, null, why, List.of(), List.of());
        } else if (request instanceof CheckinRequest r) {
            return new CheckinResponse(false, false, Tristate.NO, false, now, institution, r.itemId(), "", "",
                    null, null, null, null, null, why, List.of(), List.of());
        } else if (request instanceof RenewRequest r) {
            return new RenewResponse(false, false, Tristate.NO, Tristate.NO, now, institution, r.patronId(),
                    r.itemId(), "", "", null, null, null, null, null, null, null, why, List.of(), List.of());
        } else if (request instanceof RenewAllRequest) {
            return new RenewAllResponse(false, 0, 0, now, institution, List.of(), List.of(), why, List.of(),
                    List.of());
        } else if (request instanceof PatronInformationRequest r) {
            return new PatronInformationResponse(Set.of(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED), LANGUAGE, now,
                    0, 0, 0, 0, 0, 0, institution, r.patronId(), "", null, null, null, false, null, null, null, null,
                    ItemLists.NONE, null, null, null, why, List.of(), List.of());
        } else if (request instanceof PatronStatusRequest r) {
            return new PatronStatusResponse(Set.of(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED), LANGUAGE, now,
                    institution, r.patronId(), "", false, null, null, null, why, List.of(), List.of());
        } else if (request instanceof ItemInformationRequest r) {
            return new ItemInformationResponse(CirculationStatus.OTHER, SecurityMarker.OTHER, FeeType.OTHER, now,
                    null, null, null, null, r.itemId(), "", null, null, null, null, null, null, null, why,
                    List.of(), List.of());
        } else if (request instanceof EndPatronSessionRequest r) {
            return new EndSessionResponse(false, now, institution, r.patronId(), why, List.of(), List.of());
        } else if (request instanceof FeePaidRequest r) {
            return new FeePaidResponse(false, now, institution, r.patronId(), r.transactionId(), why, List.of(),
                    List.of());
        } else if (request instanceof HoldRequest r) {
            return new HoldResponse(false, false, now, null, null, null, institution, r.patronId(), r.itemId(), null,
                    why, List.of(), List.of());
        }
        return null;
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
