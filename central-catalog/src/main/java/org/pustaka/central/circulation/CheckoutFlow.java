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
import org.pustaka.central.backend.Reservation;

/**
 * A loan, checked in SLiMS's order (expired card, pending membership, unknown item, item out, status that
 * forbids lending, reservation by someone first in line, loan limit) and written under the member's and the
 * item's lock: the loan row first (so its presence tells a repeat whether the loan happened), then the
 * reservation removed, the visit counted and the activity logged.
 */
final class CheckoutFlow {

    /** What a loan writes; stored PENDING before the first write. */
    record Plan(String memberId, String itemCode, String title, LocalDate loanDate, LocalDate dueDate, int ruleId,
                LocalDateTime stamp) {
    }

    private final FlowContext ctx;

    CheckoutFlow(FlowContext ctx) {
        this.ctx = ctx;
    }

    CirculationAnswer run(LibrarySession s, CheckoutRequest r, RequestKey key) {
        Optional<Member> found = s.members().find(r.memberId());
        if (found.isEmpty()) {
            return ctx.refuse(key, r.memberId(), r.itemCode(), null, RefusalCode.UNKNOWN_PATRON);
        }
        Member m = found.get();
        LocalDate day = ctx.day(s, r.transactionTime());
        Optional<RefusalCode> block = r.noBlock() ? Optional.empty() : FlowContext.patronBlock(m, day);
        Optional<Item> item = s.items().find(r.itemCode());
        if (item.isEmpty()) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), null, block.orElse(RefusalCode.ITEM_UNKNOWN));
        }
        Item i = item.get();
        ctx.lock(s, m.memberId(), i.itemCode());
        Optional<CirculationAnswer> done = ctx.stored(key);
        if (done.isPresent()) {
            return done.get();
        }
        Optional<Plan> pending = ctx.pendingPlan(key, Plan.class);
        if (pending.isPresent()
                && s.loans().findWritten(pending.get().itemCode(), pending.get().memberId(), pending.get().stamp()).isPresent()) {
            FlowContext.finishing(key, pending.get().memberId(), pending.get().itemCode());
            write(s, pending.get(), m, true);
            return ctx.finish(key, m.memberId(), i.itemCode(), answer(r, pending.get()));
        }
        if (block.isPresent()) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), i.title(), block.get());
        }
        Optional<Loan> open = s.loans().openLoanOf(i.itemCode());
        if (open.isPresent()) {
            if (FlowContext.sameMember(open.get().memberId(), m.memberId())) {
                return ctx.finish(key, m.memberId(), i.itemCode(), new CirculationAnswer(r.itemCode(), true, i.title(),
                        open.get().dueDate(), m.memberId(), null, true, false, 0, open.get().renewed(),
                        List.of(Texts.alreadyYours())));
            }
            return ctx.refuse(key, m.memberId(), r.itemCode(), i.title(), RefusalCode.ITEM_ALREADY_ON_LOAN);
        }
        if (!i.forLoan()) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), i.title(), RefusalCode.ITEM_NOT_FOR_LOAN);
        }
        if (!r.noBlock() && firstInLineIsAnother(s.reservations().queueFor(i.itemCode()), m)) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), i.title(), RefusalCode.ITEM_ON_HOLD_FOR_ANOTHER);
        }
        LoanTerms terms = s.rules().termsFor(m, i);
        if (!r.noBlock() && terms.loanLimit() <= s.loans().countOpen(m.memberId(), terms.ruleId())) {
            return ctx.refuse(key, m.memberId(), r.itemCode(), i.title(), RefusalCode.TOO_MANY_ITEMS);
        }
        LocalDate due = DueDates.due(day, terms.loanPeriod(), s.rules().calendar(), m.expireDate());
        Plan plan = new Plan(m.memberId(), i.itemCode(), i.title(), day, due, terms.ruleId(), ctx.stamp(s));
        ctx.begin(key, m.memberId(), i.itemCode(), plan);
        write(s, plan, m, false);
        return ctx.finish(key, m.memberId(), i.itemCode(), answer(r, plan));
    }

    /** SLiMS refuses when someone else reserved the item and the earliest reservation is not this member's. */
    static boolean firstInLineIsAnother(List<Reservation> queue, Member m) {
        boolean others = queue.stream().anyMatch(q -> !FlowContext.sameMember(q.memberId(), m.memberId()));
        return others && !FlowContext.sameMember(queue.get(0).memberId(), m.memberId());
    }

    /** The writes of a loan; when finishing a cut-off request the loan row exists and the log row may. */
    private static void write(LibrarySession s, Plan p, Member m, boolean finishing) {
        if (!finishing) {
            s.loanWriter().lend(p.itemCode(), p.memberId(), p.loanDate(), p.dueDate(), p.ruleId(), p.stamp());
        }
        s.reservations().fulfil(p.memberId(), p.itemCode());
        s.activity().visit(m, p.stamp());
        if (!finishing || !s.activity().isRecorded(ActivityLog.Step.LOAN, p.memberId(), p.itemCode(), p.stamp())) {
            s.activity().record(ActivityLog.Step.LOAN, p.memberId(), p.itemCode(), p.stamp());
        }
    }

    private static CirculationAnswer answer(CheckoutRequest r, Plan p) {
        return new CirculationAnswer(r.itemCode(), true, p.title(), p.dueDate(), p.memberId(), null, false, false, 0, 0,
                List.of());
    }
}
