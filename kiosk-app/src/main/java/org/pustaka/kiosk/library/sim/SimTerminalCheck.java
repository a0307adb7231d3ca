package org.pustaka.kiosk.library.sim;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.sip2.codec.CheckinRequest;
import org.pustaka.kiosk.library.sip2.codec.CheckinResponse;
import org.pustaka.kiosk.library.sip2.codec.CheckoutRequest;
import org.pustaka.kiosk.library.sip2.codec.CheckoutResponse;
import org.pustaka.kiosk.library.sip2.codec.EndPatronSessionRequest;
import org.pustaka.kiosk.library.sip2.codec.EndSessionResponse;
import org.pustaka.kiosk.library.sip2.codec.FeePaidRequest;
import org.pustaka.kiosk.library.sip2.codec.FeePaidResponse;
import org.pustaka.kiosk.library.sip2.codec.FeeType;
import org.pustaka.kiosk.library.sip2.codec.HoldRequest;
import org.pustaka.kiosk.library.sip2.codec.HoldResponse;
import org.pustaka.kiosk.library.sip2.codec.ItemInformationRequest;
import org.pustaka.kiosk.library.sip2.codec.ItemInformationResponse;
import org.pustaka.kiosk.library.sip2.codec.ItemLists;
import org.pustaka.kiosk.library.sip2.codec.PatronInformationRequest;
import org.pustaka.kiosk.library.sip2.codec.PatronInformationResponse;
import org.pustaka.kiosk.library.sip2.codec.PatronStatusFlag;
import org.pustaka.kiosk.library.sip2.codec.PatronStatusRequest;
import org.pustaka.kiosk.library.sip2.codec.PatronStatusResponse;
import org.pustaka.kiosk.library.sip2.codec.RenewAllRequest;
import org.pustaka.kiosk.library.sip2.codec.RenewAllResponse;
import org.pustaka.kiosk.library.sip2.codec.RenewRequest;
import org.pustaka.kiosk.library.sip2.codec.RenewResponse;
import org.pustaka.kiosk.library.sip2.codec.SecurityMarker;
import org.pustaka.kiosk.library.sip2.codec.Sip2Message;
import org.pustaka.kiosk.library.sip2.codec.Tristate;

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
