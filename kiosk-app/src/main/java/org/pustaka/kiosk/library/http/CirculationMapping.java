package org.pustaka.kiosk.library.http;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.HoldReady;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.catalog.api.AccountAnswer;
import org.pustaka.catalog.api.Amount;
import org.pustaka.catalog.api.CirculationAnswer;
import org.pustaka.catalog.api.ItemAnswer;
import org.pustaka.catalog.api.PatronAnswer;

/** Turns circulation answers of the API into the {@code library} port's records. */
final class CirculationMapping {
    private CirculationMapping() {
    }

    static PatronIdentity identity(PatronAnswer a) {
        Set<PatronBlock> blocks = EnumSet.noneOf(PatronBlock.class);
        for (String b : a.blocks()) {
            for (PatronBlock known : PatronBlock.values()) {
                if (known.name().equalsIgnoreCase(b)) {
                    blocks.add(known);
                }
            }
        }
        return new PatronIdentity(a.patronId(), a.name(), a.valid(), a.pinAccepted(), blocks, money(a.fines()),
                a.messages());
    }

    static PatronAccount account(AccountAnswer a) {
        PatronIdentity p = identity(a.patron());
        List<Loan> loans = a.loans().stream().map(l -> new Loan(l.itemId(), l.title(), l.dueDate(), l.overdue()))
                .toList();
        List<HoldReady> holds = a.holdsReady().stream().map(h -> new HoldReady(h.itemId(), h.title(), h.pickupBy()))
                .toList();
        return new PatronAccount(p, loans, holds, a.fines() != null ? money(a.fines()) : p.fines());
    }

    private static Money money(Amount a) {
        return a == null ? null : new Money(a.amount(), a.currency());
    }

    static CheckoutResult loan(String itemId, CirculationAnswer a) {
        Refusal refusal = a.ok() ? null : RefusalCodes.refusal(a.refusal());
        boolean securityOff = a.ok() && (a.securityOff() == null || a.securityOff());
        return new CheckoutResult(itemId, a.ok(), a.title(), a.ok() ? a.dueDate() : null, refusal, securityOff,
                a.messages());
    }

    static CheckinResult checkin(String itemId, CirculationAnswer a) {
        Refusal refusal = a.ok() ? null : RefusalCodes.refusal(a.refusal());
        return new CheckinResult(itemId, a.ok(), a.title(), a.sortBin(), a.alert(), a.holdForAnother(), refusal,
                a.messages());
    }

    static ItemInfo item(ItemAnswer a) {
        return new ItemInfo(a.itemId(), a.found(), CirculationStatus.named(a.status()), a.title(), a.dueDate(),
                null);
    }
}
