package org.pustaka.central.http;

import java.math.BigDecimal;
import java.util.List;
import org.pustaka.catalog.api.AccountAnswer;
import org.pustaka.catalog.api.Amount;
import org.pustaka.catalog.api.ApiError;
import org.pustaka.catalog.api.CirculationAnswer;
import org.pustaka.catalog.api.HoldEntry;
import org.pustaka.catalog.api.ItemAnswer;
import org.pustaka.catalog.api.LoanEntry;
import org.pustaka.catalog.api.PatronAnswer;
import org.pustaka.central.circulation.ItemState;
import org.pustaka.central.circulation.Patron;
import org.pustaka.central.circulation.Refusal;
import org.pustaka.central.circulation.Sentence;
import org.pustaka.central.refusal.Refused;

/**
 * The circulation core's records as the API's shared records. Sentences for the visitor go out as
 * "Indonesian / English" strings (the document's {@code messages} are plain strings). The holder of an item
 * never leaves the service through this door.
 */
final class CirculationMapping {
    private CirculationMapping() {
    }

    static Refused refused(Refusal r) {
        return new Refused(Refused.Kind.REFUSED, r.code().name(), r.message().id(), r.message().en());
    }

    static PatronAnswer patron(Patron p) {
        return new PatronAnswer(p.memberId(), p.name(), p.valid(), p.pinAccepted(),
                p.blocks().stream().map(Enum::name).toList(), new Amount(BigDecimal.valueOf(p.unpaidFines()), p.currency()),
                List.of());
    }

    static AccountAnswer account(org.pustaka.central.circulation.AccountAnswer a) {
        var acc = a.account();
        List<LoanEntry> loans = acc.loans().stream()
                .map(l -> new LoanEntry(l.itemCode(), l.title(), l.dueDate(), l.overdue())).toList();
        List<HoldEntry> holds = acc.holdsReady().stream().map(h -> new HoldEntry(h.itemCode(), h.title(), null)).toList();
        PatronAnswer p = patron(acc.patron());
        return new AccountAnswer(p, loans, holds, p.fines());
    }

    static CirculationAnswer loanAnswer(org.pustaka.central.circulation.CirculationAnswer a, boolean checkin) {
        ApiError refusal = a.refusal() == null ? null
                : ApiError.of(a.refusal().code().name(), a.refusal().message().id(), a.refusal().message().en());
        return new CirculationAnswer(a.itemCode(), a.ok(), a.title(), a.dueDate(), checkin || !a.ok() ? null : Boolean.TRUE,
                null, false, checkin && a.holdForAnother(), refusal, messages(a.messages()));
    }

    static ItemAnswer item(ItemState s) {
        return new ItemAnswer(s.itemCode(), s.found(), s.status().name(), s.title(), s.dueDate());
    }

    private static List<String> messages(List<Sentence> sentences) {
        return sentences.stream().map(s -> s.id() + " / " + s.en()).toList();
    }
}
