package org.pustaka.central.circulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pustaka.central.backend.Item;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.Loan;
import org.pustaka.central.backend.Member;
import org.pustaka.central.backend.Reservation;

/** The read-only side of circulation: who a member is, their account, an item's state. Writes nothing. */
final class PatronViews {

    private final FlowContext ctx;

    PatronViews(FlowContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The member as circulation sees them and the hash their PIN is checked against, read in one session;
     * empty for a member the library does not know. The PIN itself is checked after the session closed.
     */
    Optional<Seen> look(LibrarySession s, String memberId) {
        return s.members().find(memberId).map(m -> new Seen(patron(s, m, false), m.passwordHash()));
    }

    /** A member read for authentication: the patron (PIN not yet accepted) and the stored PIN hash. */
    record Seen(Patron patron, String passwordHash) {
        @Override
        public String toString() {
            return "Seen[" + FlowContext.mask(patron.memberId()) + "]";
        }
    }

    /** The answer once the PIN was checked (or not asked for): accepted, or refused with {@code WRONG_PIN}. */
    static PatronAnswer answer(Seen seen, boolean pinAccepted) {
        Patron p = seen.patron();
        Patron patron = new Patron(p.memberId(), p.name(), p.memberType(), p.expires(), p.valid(), pinAccepted,
                p.blocks(), p.unpaidFines(), p.currency());
        return pinAccepted ? PatronAnswer.accepted(patron)
                : PatronAnswer.refused(patron, Texts.refusal(RefusalCode.WRONG_PIN));
    }

    AccountAnswer account(LibrarySession s, String memberId) {
        Optional<Member> found = s.members().find(memberId);
        if (found.isEmpty()) {
            return new AccountAnswer(null, Texts.refusal(RefusalCode.UNKNOWN_PATRON));
        }
        Member m = found.get();
        LocalDate today = ctx.today(s);
        List<LoanLine> loans = s.loans().openLoansOf(m.memberId()).stream()
                .map(l -> new LoanLine(l.itemCode(), l.title(), l.loanDate(), l.dueDate(), l.renewed(),
                        l.dueDate().isBefore(today)))
                .toList();
        List<HoldReady> ready = new ArrayList<>();
        for (Reservation r : s.reservations().ofMember(m.memberId())) {
            boolean onShelf = s.loans().openLoanOf(r.itemCode()).isEmpty();
            List<Reservation> queue = s.reservations().queueFor(r.itemCode());
            if (onShelf && !queue.isEmpty() && FlowContext.sameMember(queue.get(0).memberId(), m.memberId())) {
                ready.add(new HoldReady(r.itemCode(), r.title(), r.reservedAt()));
            }
        }
        return new AccountAnswer(new Account(patron(s, m, true), loans, ready), null);
    }

    ItemState item(LibrarySession s, String itemCode) {
        Optional<Item> found = s.items().find(itemCode);
        if (found.isEmpty()) {
            return ItemState.unknown(itemCode);
        }
        Item i = found.get();
        Optional<Loan> loan = s.loans().openLoanOf(i.itemCode());
        if (loan.isPresent()) {
            return new ItemState(itemCode, true, ItemStatus.CHARGED, i.title(), loan.get().dueDate(),
                    loan.get().memberId(), i.forLoan(), i.collectionType(), i.location());
        }
        ItemStatus status = !s.reservations().queueFor(i.itemCode()).isEmpty() ? ItemStatus.WAITING_ON_HOLD_SHELF
                : i.shelfStatus();
        return new ItemState(itemCode, true, status, i.title(), null, null, i.forLoan(), i.collectionType(),
                i.location());
    }

    private Patron patron(LibrarySession s, Member m, boolean pinAccepted) {
        List<RefusalCode> blocks = FlowContext.patronBlock(m, ctx.today(s)).map(List::of).orElse(List.of());
        return new Patron(m.memberId(), m.name(), m.memberTypeName(), m.expireDate(), blocks.isEmpty(), pinAccepted,
                blocks, s.fines().unpaid(m.memberId()), ctx.options.currency());
    }
}
