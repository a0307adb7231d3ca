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

    PatronAnswer authenticate(LibrarySession s, String memberId, Optional<String> pin) {
        Optional<Member> found = s.members().find(memberId);
        if (found.isEmpty()) {
            return PatronAnswer.refused(null, Texts.refusal(RefusalCode.UNKNOWN_PATRON));
        }
        Member m = found.get();
        boolean pinAccepted = pin.isPresent() ? PinCheck.matches(pin.get(), m.passwordHash()) : !ctx.options.pinRequired();
        Patron patron = patron(s, m, pinAccepted);
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
