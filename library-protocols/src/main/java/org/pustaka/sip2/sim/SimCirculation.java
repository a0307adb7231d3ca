package org.pustaka.sip2.sim;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.Sip2Dates;
import org.pustaka.sip2.Tristate;

/**
 * Loan rules of the simulated library, as a real ACS behaves: a checkout of an item the patron already
 * has answers ok without a second loan; a no-block checkout (an offline loan being replayed) is accepted
 * whatever the blocks, dated from its original transaction date; a checkin of an item on hold sends it
 * to the hold shelf (sort bin {@code RAK-PESANAN}, alert, alert type 01); a checkin of an item that is
 * not on loan answers ok with no alert, as there is nothing to do. Called with the library's lock held.
 */
final class SimCirculation {
    private static final String HOLD_ALERT = "01";
    private final SimCatalog catalog;
    private final SimState state;
    private final SimPatrons patrons;
    private final Sip2Dates dates;

    SimCirculation(SimCatalog catalog, SimState state, SimPatrons patrons, Sip2Dates dates) {
        this.catalog = catalog;
        this.state = state;
        this.patrons = patrons;
        this.dates = dates;
    }

    CheckoutResponse checkout(CheckoutRequest r, LocalDateTime now) {
        Optional<SimPatron> patron = catalog.patron(r.patronId());
        Optional<SimItem> item = catalog.item(r.itemId());
        String title = item.map(SimItem::title).orElse("");
        String refusal = patron.isEmpty() ? SimMessages.UNKNOWN_PATRON
                : wrongPin(patron.get(), r.patronPassword()) ? SimMessages.WRONG_PIN
                : item.isEmpty() ? SimMessages.UNKNOWN_ITEM : null;
        if (refusal == null) {
            Optional<SimState.Loan> loan = state.loan(r.itemId());
            if (loan.isPresent() && loan.get().patron().equals(r.patronId())) {
                return checkoutAnswer(true, r, title, loan.get().dueDate(), List.of(SimMessages.ALREADY_YOURS), now);
            }
            if (!r.noBlock()) {
                refusal = loanRefusal(patron.get(), item.get(), loan);
            }
        }
        if (refusal != null) {
            return checkoutAnswer(false, r, title, null, List.of(refusal), now);
        }
        LocalDate due = dueFrom(r.noBlock(), r.transactionDate(), now);
        state.lend(r.itemId(), r.patronId(), due, 0);
        if (state.holdFor(r.itemId()).filter(h -> h.equals(r.patronId())).isPresent()) {
            state.clearHold(r.itemId());
        }
        List<String> messages = new ArrayList<>(List.of(SimMessages.CHECKED_OUT));
        if (item.get().parts() > 1) {
            messages.add(String.format(SimMessages.ALL_PARTS, String.join(", ", item.get().partNames())));
        }
        return checkoutAnswer(true, r, title, due, messages, now);
    }

    CheckinResponse checkin(CheckinRequest r, LocalDateTime now) {
        Optional<SimItem> item = catalog.item(r.itemId());
        if (item.isEmpty()) {
            return new CheckinResponse(false, false, Tristate.NO, true, now, catalog.institution(), r.itemId(), "", "",
                    null, null, null, null, null, List.of(SimMessages.UNKNOWN_ITEM), List.of(), List.of());
        }
        Optional<SimState.Loan> loan = state.loan(r.itemId());
        loan.ifPresent(l -> state.endLoan(r.itemId()));
        String formerBorrower = loan.map(SimState.Loan::patron).orElse(null);
        if (state.holdFor(r.itemId()).isPresent()) {
            return new CheckinResponse(true, true, Tristate.NO, true, now, catalog.institution(), r.itemId(),
                    catalog.permanentLocation(), item.get().title(), catalog.holdShelfSortBin(), formerBorrower,
                    item.get().mediaType(), null, HOLD_ALERT, List.of(SimMessages.TO_HOLD_SHELF), List.of(), List.of());
        }
        String message = loan.isPresent() ? SimMessages.RETURNED : SimMessages.NOT_ON_LOAN;
        return new CheckinResponse(true, true, Tristate.NO, false, now, catalog.institution(), r.itemId(),
                catalog.permanentLocation(), item.get().title(), null, formerBorrower, item.get().mediaType(), null,
                null, List.of(message), List.of(), List.of());
    }

    RenewResponse renew(RenewRequest r, LocalDateTime now) {
        Optional<SimPatron> patron = catalog.patron(r.patronId());
        String title = catalog.item(r.itemId() == null ? "" : r.itemId()).map(SimItem::title).orElse("");
        String refusal = renewRefusal(patron, r.itemId(), r.patronPassword(), r.noBlock());
        if (refusal != null) {
            return new RenewResponse(false, false, Tristate.NO, Tristate.NO, now, catalog.institution(), r.patronId(),
                    r.itemId(), title, "", null, null, null, null, null, null, null, List.of(refusal), List.of(),
                    List.of());
        }
        LocalDate due = renewLoan(r.itemId(), dueFrom(r.noBlock(), r.transactionDate(), now));
        return new RenewResponse(true, true, Tristate.NO, Tristate.YES, now, catalog.institution(), r.patronId(),
                r.itemId(), title, dueText(due), null, null, null, null, "001", null, null,
                List.of(SimMessages.RENEWED), List.of(), List.of());
    }

    RenewAllResponse renewAll(RenewAllRequest r, LocalDateTime now) {
        Optional<SimPatron> patron = catalog.patron(r.patronId());
        List<String> renewed = new ArrayList<>();
        List<String> unrenewed = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (String item : patron.map(p -> patrons.charged(p.id())).orElse(List.of())) {
            String refusal = renewRefusal(patron, item, r.patronPassword(), false);
            if (refusal == null) {
                renewLoan(item, dueFrom(false, null, now));
                renewed.add(item);
            } else {
                unrenewed.add(item);
                messages.add(item + ": " + refusal);
            }
        }
        if (patron.isEmpty()) {
            messages.add(SimMessages.UNKNOWN_PATRON);
        }
        return new RenewAllResponse(patron.isPresent(), renewed.size(), unrenewed.size(), now, catalog.institution(),
                renewed, unrenewed, messages, List.of(), List.of());
    }

    String dueText(LocalDate due) {
        return dates.format(due.atTime(23, 59, 59));
    }

    private String loanRefusal(SimPatron patron, SimItem item, Optional<SimState.Loan> loan) {
        String block = patrons.borrowBlock(patron);
        if (block != null) {
            return block;
        }
        if (item.notForLoan()) {
            return SimMessages.NOT_FOR_LOAN;
        }
        if (loan.isPresent()) {
            return SimMessages.ON_LOAN_TO_OTHER;
        }
        if (state.holdFor(item.id()).filter(h -> !h.equals(patron.id())).isPresent()) {
            return SimMessages.ON_HOLD_FOR_OTHER;
        }
        return null;
    }

    private String renewRefusal(Optional<SimPatron> patron, String itemId, String pin, boolean noBlock) {
        if (patron.isEmpty()) {
            return SimMessages.UNKNOWN_PATRON;
        }
        if (wrongPin(patron.get(), pin)) {
            return SimMessages.WRONG_PIN;
        }
        Optional<SimState.Loan> loan = itemId == null ? Optional.empty() : state.loan(itemId);
        if (loan.isEmpty() || !loan.get().patron().equals(patron.get().id())) {
            return catalog.item(itemId == null ? "" : itemId).isEmpty() ? SimMessages.UNKNOWN_ITEM
                    : SimMessages.NOT_YOUR_LOAN;
        }
        if (noBlock) {
            return null;
        }
        String block = patrons.borrowBlock(patron.get());
        if (block != null && !block.startsWith("Terlalu")) {
            return block;
        }
        if (state.holdFor(itemId).isPresent()) {
            return SimMessages.ON_HOLD_FOR_OTHER;
        }
        if (loan.get().renewals() >= catalog.maxRenewals()) {
            return String.format(SimMessages.RENEWAL_LIMIT, catalog.maxRenewals());
        }
        return null;
    }

    /**
     * A loan period from the transaction's time: for a no-block request (an offline transaction being
     * replayed) that is its original date, else now.
     */
    private LocalDate dueFrom(boolean noBlock, LocalDateTime transactionDate, LocalDateTime now) {
        LocalDateTime from = noBlock && transactionDate != null ? transactionDate : now;
        return from.toLocalDate().plusDays(catalog.loanDays());
    }

    /** A renewal never shortens a loan: the later of {@code due} and the current due date. */
    private LocalDate renewLoan(String itemId, LocalDate due) {
        SimState.Loan loan = state.loan(itemId).orElseThrow();
        LocalDate renewed = due.isBefore(loan.dueDate()) ? loan.dueDate() : due;
        state.lend(itemId, loan.patron(), renewed, loan.renewals() + 1);
        return renewed;
    }

    private CheckoutResponse checkoutAnswer(boolean ok, CheckoutRequest r, String title, LocalDate due,
                                            List<String> messages, LocalDateTime now) {
        SimItem item = catalog.item(r.itemId()).orElse(null);
        String properties = item == null ? null : item.partsNote();
        return new CheckoutResponse(ok, false, Tristate.NO, ok ? Tristate.YES : Tristate.NO,
                now, catalog.institution(), r.patronId(), r.itemId(), title,
                due == null ? "" : dueText(due), null, null, null, null, item == null ? null : item.mediaType(),
                properties, null, messages, List.of(), List.of());
    }

    static boolean wrongPin(SimPatron patron, String pin) {
        return pin != null && !pin.equals(patron.pin());
    }
}
