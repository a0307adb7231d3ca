package org.pustaka.sip2.sim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.FeePaidRequest;
import org.pustaka.sip2.FeePaidResponse;
import org.pustaka.sip2.FeeType;
import org.pustaka.sip2.HoldRequest;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.SecurityMarker;
import org.pustaka.sip2.Sip2Dates;
import org.pustaka.sip2.Sip2Message;

/**
 * The simulated library's brain: one answer per request, under one lock, so concurrent kiosks see
 * consistent loans. Patron information lives in {@link SimPatronAnswers}, loans in {@link SimCirculation}.
 */
final class SimLibrary {
    /** The BX map: every message this simulation answers is Y. */
    static final String SUPPORTED_MESSAGES = "YYYNYYYYYYYNNYYY";
    private final SimCatalog catalog;
    private final SimState state;
    private final Clock clock;
    private final Sip2Dates dates;
    private final SimCirculation circulation;
    private final SimPatronAnswers patronAnswers;
    private final Map<MessageType, Integer> received = new EnumMap<>(MessageType.class);

    SimLibrary(SimCatalog catalog, SimState state, Clock clock, Sip2Dates dates) {
        this.catalog = catalog;
        this.state = state;
        this.clock = clock;
        this.dates = dates;
        SimPatrons patrons = new SimPatrons(catalog, state);
        this.circulation = new SimCirculation(catalog, state, patrons, dates);
        this.patronAnswers = new SimPatronAnswers(catalog, state, patrons);
    }

    /** How many requests of this type reached the library so far. */
    synchronized int received(MessageType type) {
        return received.getOrDefault(type, 0);
    }

    /** The answer, or null for a message an ACS does not answer (another ACS's response). */
    synchronized Sip2Message answer(Sip2Message request, SimFaults faults) {
        received.merge(request.type(), 1, Integer::sum);
        LocalDateTime now = LocalDateTime.now(clock.withZone(dates.zone()));
        String required = faults.requiredTerminalPassword;
        Sip2Message refusal = required == null ? null
                : SimTerminalCheck.refusal(request, required, catalog.institution(), now);
        if (refusal != null) {
            return refusal;
        }
        if (request instanceof CheckoutRequest r) {
            return circulation.checkout(r, now);
        } else if (request instanceof CheckinRequest r) {
            return circulation.checkin(r, now);
        } else if (request instanceof RenewRequest r) {
            return circulation.renew(r, now);
        } else if (request instanceof RenewAllRequest r) {
            return circulation.renewAll(r, now);
        } else if (request instanceof PatronInformationRequest r) {
            return patronAnswers.information(r, now, faults.padItemLists);
        } else if (request instanceof PatronStatusRequest r) {
            return patronAnswers.status(r, now);
        } else if (request instanceof ItemInformationRequest r) {
            return item(r, now);
        } else if (request instanceof EndPatronSessionRequest r) {
            return new EndSessionResponse(true, now, catalog.institution(), r.patronId(), List.of(), List.of(),
                    List.of());
        } else if (request instanceof FeePaidRequest r) {
            return feePaid(r, now);
        } else if (request instanceof HoldRequest r) {
            return SimRefusals.hold(r, catalog.institution(), now, SimMessages.HOLDS_AT_DESK);
        } else if (request.type() == MessageType.LOGIN) {
            return new LoginResponse(!faults.refuseLogin, List.of());
        } else if (request.type() == MessageType.SC_STATUS) {
            boolean allowed = !faults.reportCheckinCheckoutNotAllowed;
            return new AcsStatusResponse(true, allowed, allowed, true, false, false, 30, 3, now, "2.00",
                    catalog.institution(), catalog.libraryName(), SUPPORTED_MESSAGES, null, List.of(), List.of(),
                    List.of());
        }
        return null;
    }

    synchronized Optional<String> loanOf(String itemId) {
        return state.loan(itemId).map(SimState.Loan::patron);
    }

    private ItemInformationResponse item(ItemInformationRequest r, LocalDateTime now) {
        String itemId = r.itemId();
        Optional<SimItem> item = catalog.item(itemId == null ? "" : itemId);
        if (item.isEmpty()) {
            return SimRefusals.itemInformation(r, now, SimMessages.UNKNOWN_ITEM);
        }
        Optional<SimState.Loan> loan = state.loan(itemId);
        Optional<String> hold = state.holdFor(itemId);
        CirculationStatus status = loan.isPresent() ? CirculationStatus.CHARGED
                : hold.isPresent() ? CirculationStatus.WAITING_ON_HOLD_SHELF : CirculationStatus.AVAILABLE;
        SimItem i = item.get();
        String properties = i.parts() > 1 ? i.partsNote() : i.notForLoan() ? "Tidak untuk dipinjam (referensi)" : null;
        return new ItemInformationResponse(status, SecurityMarker.OTHER, FeeType.OTHER, now,
                hold.isPresent() ? "1" : "0", loan.map(l -> circulation.dueText(l.dueDate())).orElse(null), null,
                null, itemId, i.title(), catalog.tagOwner() == null ? null : catalog.tagOwner().isil(), null, null,
                i.mediaType(), catalog.permanentLocation(), catalog.permanentLocation(), properties, List.of(),
                List.of(), List.of());
    }

    private FeePaidResponse feePaid(FeePaidRequest r, LocalDateTime now) {
        if (catalog.patron(r.patronId()).isEmpty()) {
            return SimRefusals.feePaid(r, catalog.institution(), now, SimMessages.UNKNOWN_PATRON);
        }
        long paid = PatronAmounts.parse(r.feeAmount());
        state.setFines(r.patronId(), state.fines(r.patronId()) - paid);
        return new FeePaidResponse(true, now, catalog.institution(), r.patronId(), r.transactionId(),
                List.of(SimMessages.PAID), List.of(), List.of());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(dates.zone()));
    }
}
