package org.pustaka.central.circulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.pustaka.central.backend.ActivityLog;
import org.pustaka.central.backend.Item;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.Loan;
import org.pustaka.central.backend.LoanTerms;
import org.pustaka.central.backend.Member;

/**
 * A renewal of the same loan row, as SLiMS's desk does it, with the limits its Extend button enforces
 * checked here too (expired card, renewal limit, renewed or returned today) plus its server's check
 * (reserved by another member). SLiMS closes the row and reopens it in two statements; this writes the
 * same final row in one conditional statement, so the loan is never seen returned half-way.
 */
final class RenewFlow {

    /** What a renewal writes; stored PENDING before the first write. */
    record Plan(long loanId, String memberId, String itemCode, String title, int renewedBefore, LocalDate newDueDate,
                LocalDate day, LocalDateTime stamp, long fine, boolean fineRow) {
    }

    private final FlowContext ctx;

    RenewFlow(FlowContext ctx) {
        this.ctx = ctx;
    }

    CirculationAnswer run(LibrarySession s, RenewRequest r, RequestKey key) {
        Optional<Member> found = s.members().find(r.memberId());
        if (found.isEmpty()) {
            return ctx.refuse(key, r.memberId(), r.itemCode(), null, RefusalCode.UNKNOWN_PATRON);
        }
        Member m = found.get();
        Optional<Item> item = s.items().find(r.itemCode());
        if (item.isEmpty()) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), null, RefusalCode.ITEM_UNKNOWN);
        }
        Item i = item.get();
        ctx.lock(s, m.memberId(), i.itemCode());
        Optional<CirculationAnswer> done = ctx.stored(key);
        if (done.isPresent()) {
            return done.get();
        }
        Optional<Plan> pending = ctx.pendingPlan(key, Plan.class);
        if (pending.isPresent() && renewalWritten(s, pending.get())) {
            FlowContext.finishing(key, pending.get().memberId(), pending.get().itemCode());
            write(s, pending.get(), m, true);
            return ctx.finish(key, m.memberId(), i.itemCode(), answer(r, pending.get()));
        }
        Optional<Loan> open = s.loans().openLoanOf(i.itemCode());
        if (open.isEmpty() || !FlowContext.sameMember(open.get().memberId(), m.memberId())) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), i.title(), RefusalCode.ITEM_NOT_ON_LOAN);
        }
        Loan loan = open.get();
        LocalDate day = ctx.day(s, r.transactionTime());
        Optional<RefusalCode> refusal = FlowContext.patronBlock(m, day)
                .or(() -> s.reservations().queueFor(i.itemCode()).stream()
                        .anyMatch(q -> !FlowContext.sameMember(q.memberId(), m.memberId()))
                        ? Optional.of(RefusalCode.ITEM_ON_HOLD_FOR_ANOTHER) : Optional.empty())
                .or(() -> loan.renewed() >= s.rules().renewalLimit(m, i)
                        ? Optional.of(RefusalCode.RENEWAL_LIMIT_REACHED) : Optional.empty())
                .or(() -> day.equals(loan.returnDate()) || day.isBefore(loan.loanDate())
                        ? Optional.of(RefusalCode.RENEWAL_NOT_ALLOWED) : Optional.empty());
        if (refusal.isPresent()) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), i.title(), refusal.get());
        }
        LoanTerms terms = s.rules().termsOf(m, loan);
        var calendar = s.rules().calendar();
        OverdueFines.Charge charge = OverdueFines.charge(loan.dueDate(), day, m.typeTerms(), terms, calendar,
                s.rules().settings().finesSkipClosedDays());
        LocalDate due = DueDates.due(day, terms.loanPeriod(), calendar, m.expireDate());
        Plan plan = new Plan(loan.loanId(), m.memberId(), i.itemCode(), i.title(), loan.renewed(), due, day,
                ctx.stamp(s), charge.amount(), charge.writeRow());
        ctx.begin(key, m.memberId(), i.itemCode(), plan);
        write(s, plan, m, false);
        return ctx.finish(key, m.memberId(), i.itemCode(), answer(r, plan));
    }

    private static boolean renewalWritten(LibrarySession s, Plan p) {
        return s.loans().byId(p.loanId())
                .filter(l -> l.renewed() == p.renewedBefore() + 1 && p.stamp().equals(l.lastUpdate())).isPresent();
    }

    private static void write(LibrarySession s, Plan p, Member m, boolean finishing) {
        if (!finishing && !s.loanWriter().renew(p.loanId(), p.renewedBefore(), p.newDueDate(), p.day(), p.stamp())) {
            throw new CirculationUnavailableException("The loan changed outside the service meanwhile; try again.");
        }
        if (p.fineRow() && (!finishing
                || !s.fines().hasOverdueCharge(p.memberId(), p.itemCode(), p.day(), p.fine()))) {
            s.fines().chargeOverdue(p.memberId(), p.itemCode(), p.day(), p.fine());
        }
        s.activity().visit(m, p.stamp());
        if (!finishing || !s.activity().isRecorded(ActivityLog.Step.RENEWAL, p.memberId(), p.itemCode(), p.stamp())) {
            s.activity().record(ActivityLog.Step.RENEWAL, p.memberId(), p.itemCode(), p.stamp());
        }
    }

    private static CirculationAnswer answer(RenewRequest r, Plan p) {
        List<Sentence> messages = p.fine() > 0 ? List.of(Texts.fineCharged(p.fine())) : List.of();
        return new CirculationAnswer(r.itemCode(), true, p.title(), p.newDueDate(), p.memberId(), null, false, false,
                p.fine(), p.renewedBefore() + 1, messages);
    }
}
