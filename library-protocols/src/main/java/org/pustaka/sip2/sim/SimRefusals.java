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
 * The simulated library's "no, and nothing was done" answers: the request's own response type with "ok"
 * false, only the ids the request named, and the reason as the one screen message. The terminal password
 * check sends them for every request that carries AC; the library rules send the same ones for an
 * unknown patron or item and for a hold, which it takes only at the service desk.
 */
final class SimRefusals {
    /** A patron the library does not serve here: charge privileges denied. */
    private static final Set<PatronStatusFlag> NOT_SERVED = Set.of(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
    private SimRefusals() {
    }

    /** The refusal of {@code request}; null for a message that has none (login, SC status, responses). */
    static Sip2Message of(Sip2Message request, String institution, LocalDateTime now, String why) {
        if (request instanceof CheckoutRequest r) {
            return new CheckoutResponse(false, false, Tristate.NO, Tristate.NO, now, institution, r.patronId(),
                    r.itemId(), "", "", null, null, null, null, null, null, null, List.of(why), List.of(), List.of());
        } else if (request instanceof CheckinRequest r) {
            return new CheckinResponse(false, false, Tristate.NO, false, now, institution, r.itemId(), "", "",
                    null, null, null, null, null, List.of(why), List.of(), List.of());
        } else if (request instanceof RenewRequest r) {
            return new RenewResponse(false, false, Tristate.NO, Tristate.NO, now, institution, r.patronId(),
                    r.itemId(), "", "", null, null, null, null, null, null, null, List.of(why), List.of(), List.of());
        } else if (request instanceof RenewAllRequest) {
            return new RenewAllResponse(false, 0, 0, now, institution, List.of(), List.of(), List.of(why), List.of(),
                    List.of());
        } else if (request instanceof PatronInformationRequest r) {
            return patronInformation(r, institution, now, why, null);
        } else if (request instanceof PatronStatusRequest r) {
            return patronStatus(r, institution, now, why);
        } else if (request instanceof ItemInformationRequest r) {
            return itemInformation(r, now, why);
        } else if (request instanceof EndPatronSessionRequest r) {
            return new EndSessionResponse(false, now, institution, r.patronId(), List.of(why), List.of(), List.of());
        } else if (request instanceof FeePaidRequest r) {
            return feePaid(r, institution, now, why);
        } else if (request instanceof HoldRequest r) {
            return hold(r, institution, now, why);
        }
        return null;
    }

    /** {@code validPassword} is the CQ field: null leaves it out. */
    static PatronInformationResponse patronInformation(PatronInformationRequest r, String institution,
                                                       LocalDateTime now, String why, Boolean validPassword) {
        return new PatronInformationResponse(NOT_SERVED, SimPatronAnswers.LANGUAGE, now, 0, 0, 0, 0, 0, 0, institution,
                r.patronId(), "", null, null, null, false, validPassword, null, null, null, ItemLists.NONE, null, null,
                null, List.of(why), List.of(), List.of());
    }

    static PatronStatusResponse patronStatus(PatronStatusRequest r, String institution, LocalDateTime now,
                                             String why) {
        return new PatronStatusResponse(NOT_SERVED, SimPatronAnswers.LANGUAGE, now, institution, r.patronId(), "",
                false, null, null, null, List.of(why), List.of(), List.of());
    }

    /** Item information (18) carries no institution id. */
    static ItemInformationResponse itemInformation(ItemInformationRequest r, LocalDateTime now, String why) {
        return new ItemInformationResponse(CirculationStatus.OTHER, SecurityMarker.OTHER, FeeType.OTHER, now, null,
                null, null, null, r.itemId(), "", null, null, null, null, null, null, null, List.of(why), List.of(),
                List.of());
    }

    static FeePaidResponse feePaid(FeePaidRequest r, String institution, LocalDateTime now, String why) {
        return new FeePaidResponse(false, now, institution, r.patronId(), r.transactionId(), List.of(why), List.of(),
                List.of());
    }

    static HoldResponse hold(HoldRequest r, String institution, LocalDateTime now, String why) {
        return new HoldResponse(false, false, now, null, null, null, institution, r.patronId(), r.itemId(), null,
                List.of(why), List.of(), List.of());
    }
}
