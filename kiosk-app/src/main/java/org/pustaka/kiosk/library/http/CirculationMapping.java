package org.pustaka.kiosk.library.http;

import java.util.EnumSet;
import java.util.Set;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.http.api.AccountAnswer;
import org.pustaka.kiosk.library.http.api.CirculationAnswer;
import org.pustaka.kiosk.library.http.api.ItemAnswer;
import org.pustaka.kiosk.library.http.api.PatronAnswer;

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
        return new PatronIdentity(a.patronId(), a.name(), a.valid(), a.pinAccepted(), blocks, a.fines(), a.messages());
    }

    static PatronAccount account(AccountAnswer a) {
        PatronIdentity p = identity(a.patron());
        return new PatronAccount(p, a.loans(), a.holdsReady(), a.fines() != null ? a.fines() : p.fines());
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
        CirculationStatus status = CirculationStatus.UNKNOWN;
        for (CirculationStatus s : CirculationStatus.values()) {
            if (s.name().equalsIgnoreCase(a.status())) {
                status = s;
            }
        }
        return new ItemInfo(a.itemId(), a.found(), status, a.title(), a.dueDate(), null);
    }
}
