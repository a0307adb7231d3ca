package org.pustaka.central.http;

import java.time.LocalDate;
import java.util.List;
import org.pustaka.central.circulation.AccountAnswer;
import org.pustaka.central.circulation.ItemState;
import org.pustaka.central.circulation.LoanLine;
import org.pustaka.central.circulation.Refusal;
import org.pustaka.central.circulation.Sentence;
import org.pustaka.central.http.api.Account;
import org.pustaka.central.http.api.CirculationAnswer;
import org.pustaka.central.http.api.HoldReady;
import org.pustaka.central.http.api.Item;
import org.pustaka.central.http.api.Loan;
import org.pustaka.central.http.api.Money;
import org.pustaka.central.http.api.Patron;
import org.pustaka.central.refusal.Refused;

/**
 * The circulation core's records as the API's answer records. Sentences for the visitor go out as
 * "Indonesian / English" strings (the document's {@code messages} are plain strings). The holder of an item
 * never leaves the service through this door.
 */
final class CirculationMapping {
    private CirculationMapping() {
    }

    static Refused refused(Refusal r) {
        return new Refused(Refused.Kind.REFUSED, r.code().name(), r.message().id(), r.message().en());
    }

    static Patron patron(org.pustaka.central.circulation.Patron p) {
        return new Patron(p.memberId(), p.name(), p.valid(), p.pinAccepted(),
                p.blocks().stream().map(Enum::name).toList(), new Money(p.unpaidFines(), p.currency()), List.of());
    }

    static Account account(AccountAnswer a) {
        var acc = a.account();
        List<Loan> loans = acc.loans().stream().map(CirculationMapping::loan).toList();
        List<HoldReady> holds = acc.holdsReady().stream()
                .map(h -> new HoldReady(h.itemCode(), h.title(), null)).toList();
        Patron p = patron(acc.patron());
        return new Account(p, loans, holds, p.fines());
    }

    static CirculationAnswer loanAnswer(org.pustaka.central.circulation.CirculationAnswer a, boolean checkin) {
        var refusal = a.refusal() == null ? null : ApiMapping.error(a.refusal().code().name(),
                a.refusal().message().id(), a.refusal().message().en());
        return new CirculationAnswer(a.itemCode(), a.ok(), a.title(), date(a.dueDate()),
                checkin || !a.ok() ? null : Boolean.TRUE, null, checkin ? Boolean.FALSE : null,
                checkin ? a.holdForAnother() : null, refusal, messages(a.messages()));
    }

    static Item item(ItemState s) {
        return new Item(s.itemCode(), s.found(), s.status().name(), s.title(), date(s.dueDate()));
    }

    private static Loan loan(LoanLine l) {
        return new Loan(l.itemCode(), l.title(), date(l.dueDate()), l.overdue());
    }

    private static List<String> messages(List<Sentence> sentences) {
        return sentences.stream().map(s -> s.id() + " / " + s.en()).toList();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
