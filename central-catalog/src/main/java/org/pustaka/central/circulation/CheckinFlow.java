package org.pustaka.central.circulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pustaka.central.backend.ActivityLog;
import org.pustaka.central.backend.Item;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.Loan;
import org.pustaka.central.backend.LoanTerms;
import org.pustaka.central.backend.Member;

/**
 * A return under the item's lock: the loan closed first (its new {@code last_update} tells a repeat that the
 * return happened), then the overdue fine, the visit and the activity log. The fine is reckoned on the day
 * the visitor returned the item, not the day a delayed report arrives.
 */
final class CheckinFlow {

    /** What a return writes; stored PENDING before the first write. */
    record Plan(long loanId, String memberId, String itemCode, String title, LocalDate dueDate, LocalDate returnDate,
                LocalDateTime stamp, long fine, boolean fineRow, boolean holdForAnother) {
    }

    private static final LoanTerms NO_TERMS = new LoanTerms(0, 0, 0, 0, 0, 0);

    private final FlowContext ctx;

    CheckinFlow(FlowContext ctx) {
        this.ctx = ctx;
    }

    CirculationAnswer run(LibrarySession s, CheckinRequest r, RequestKey key) {
        Optional<Item> item = s.items().find(r.itemCode());
        if (item.isEmpty()) {
            return ctx.refuse(key, null, r.itemCode(), null, RefusalCode.ITEM_UNKNOWN);
        }
        Item i = item.get();
        ctx.lock(s, null, i.itemCode());
        Optional<CirculationAnswer> done = ctx.stored(key);
        if (done.isPresent()) {
            return done.get();
        }
        Optional<Plan> pending = ctx.pendingPlan(key, Plan.class);
        if (pending.isPresent() && returnWritten(s, pending.get())) {
            FlowContext.finishing(key, pending.get().memberId(), pending.get().itemCode());
            write(s, pending.get(), true);
            return ctx.finish(key, pending.get().memberId(), i.itemCode(), answer(r, pending.get()));
        }
        Optional<Loan> open = s.loans().openLoanOf(i.itemCode());
        if (open.isEmpty()) {
            return ctx.refuse(key, null, r.itemCode(), i.title(), RefusalCode.ITEM_NOT_ON_LOAN);
        }
        Loan loan = open.get();
        Optional<Member> member = s.members().find(loan.memberId());
        LocalDate day = ctx.day(s, r.transactionTime());
        if (day.isBefore(loan.loanDate())) {
            day = loan.loanDate();
        }
        LoanTerms typeTerms = member.map(Member::typeTerms).orElse(NO_TERMS);
        LoanTerms loanTerms = member.map(m -> s.rules().termsOf(m, loan)).orElse(NO_TERMS);
        OverdueFines.Charge charge = OverdueFines.charge(loan.dueDate(), day, typeTerms, loanTerms,
                s.rules().calendar(), s.rules().settings().finesSkipClosedDays());
        boolean holdForAnother = s.reservations().queueFor(i.itemCode()).stream()
                .anyMatch(q -> !FlowContext.sameMember(q.memberId(), loan.memberId()));
        Plan plan = new Plan(loan.loanId(), loan.memberId(), i.itemCode(), i.title(), loan.dueDate(), day, ctx.stamp(s),
                charge.amount(), charge.writeRow(), holdForAnother);
        ctx.begin(key, loan.memberId(), i.itemCode(), plan);
        write(s, plan, false);
        return ctx.finish(key, loan.memberId(), i.itemCode(), answer(r, plan));
    }

    private static boolean returnWritten(LibrarySession s, Plan p) {
        return s.loans().byId(p.loanId()).filter(l -> l.returned() && p.stamp().equals(l.lastUpdate())).isPresent();
    }

    private static void write(LibrarySession s, Plan p, boolean finishing) {
        if (!finishing && !s.loanWriter().markReturned(p.loanId(), p.returnDate(), p.stamp())) {
            // Closed by someone outside the service (SLiMS's own desk takes no lock) since we read it.
            throw new CirculationUnavailableException("The loan was closed by someone else meanwhile; try again.");
        }
        if (p.fineRow() && (!finishing
                || !s.fines().hasOverdueCharge(p.memberId(), p.itemCode(), p.returnDate(), p.fine()))) {
            s.fines().chargeOverdue(p.memberId(), p.itemCode(), p.returnDate(), p.fine());
        }
        s.members().find(p.memberId()).ifPresent(m -> s.activity().visit(m, p.stamp()));
        if (!finishing || !s.activity().isRecorded(ActivityLog.Step.RETURN, p.memberId(), p.itemCode(), p.stamp())) {
            s.activity().record(ActivityLog.Step.RETURN, p.memberId(), p.itemCode(), p.stamp());
        }
    }

    private static CirculationAnswer answer(CheckinRequest r, Plan p) {
        List<Sentence> messages = new ArrayList<>();
        if (p.fine() > 0) {
            messages.add(Texts.fineCharged(p.fine()));
        }
        if (p.holdForAnother()) {
            messages.add(Texts.holdShelf());
        }
        return new CirculationAnswer(r.itemCode(), true, p.title(), p.dueDate(), p.memberId(), null, false,
                p.holdForAnother(), p.fine(), 0, messages);
    }
}
