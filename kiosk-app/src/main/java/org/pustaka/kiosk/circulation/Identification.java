package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.pin.PinHash;
import org.pustaka.kiosk.store.KnownPatronStore;

/**
 * "Who is this, and may they borrow?" Online, the library's answer decides, turned into one refusal
 * reason the touchscreen can say; visitors it accepts are remembered (hashed, with the name the library
 * gave) for offline days.
 * Offline, the kiosk's rules decide: only visitors seen before when so configured, and their PIN is
 * checked against the stored hash when one was kept.
 */
final class Identification {
    private final LibraryLink link;
    private final KnownPatronStore known;
    private final CirculationPolicy policy;
    private final Clock clock;

    Identification(LibraryLink link, KnownPatronStore known, CirculationPolicy policy, Clock clock) {
        this.link = link;
        this.known = known;
        this.policy = policy;
        this.clock = clock;
    }

    IdentifyResult identify(PatronCredentials patron) {
        if (policy.pinRequired() && patron.pinIfGiven().isEmpty()) {
            return new IdentifyResult(unknown(patron), new Refusal(RefusalReason.WRONG_PIN, "PIN required"), false);
        }
        try {
            PatronIdentity id = link.call(l -> l.identify(patron));
            Refusal refusal = refusalFor(id, policy.fineLimit());
            if (refusal == null) {
                known.remember(PinHash.patronKey(patron.patronId()),
                        patron.pinIfGiven().map(PinHash::patronHash).orElse(null), id.name(), clock.instant());
            }
            return new IdentifyResult(id, refusal, false);
        } catch (LibraryUnavailableException e) {
            return offline(patron);
        } catch (LibraryException e) {
            return new IdentifyResult(unknown(patron), new Refusal(RefusalReason.OTHER, e.getMessage()), false);
        }
    }

    /** Whether an offline loan may go to this visitor (the same rule as at identification). */
    Optional<Refusal> offlineRefusal(PatronCredentials patron) {
        if (!policy.offlineCheckout()) {
            return Optional.of(Refusal.of(RefusalReason.OFFLINE_NOT_ALLOWED));
        }
        Optional<String> pinHash = known.pinHash(PinHash.patronKey(patron.patronId()));
        if (pinHash.isEmpty()) {
            return policy.offlineKnownPatronsOnly()
                    ? Optional.of(Refusal.of(RefusalReason.OFFLINE_NOT_ALLOWED)) : Optional.empty();
        }
        String hash = pinHash.get();
        if (!hash.isEmpty() && patron.pinIfGiven().map(pin -> !PinHash.matches(pin, hash)).orElse(policy.pinRequired())) {
            return Optional.of(Refusal.of(RefusalReason.WRONG_PIN));
        }
        return Optional.empty();
    }

    private IdentifyResult offline(PatronCredentials patron) {
        Optional<Refusal> refusal = offlineRefusal(patron);
        // the name the library gave last time, shown only to a visitor the offline rules accept
        String name = refusal.isEmpty() ? known.name(PinHash.patronKey(patron.patronId())).orElse("") : "";
        PatronIdentity id = new PatronIdentity(patron.patronId(), name, refusal.isEmpty(), true, Set.of(), Money.ZERO,
                List.of());
        return new IdentifyResult(id, refusal.orElse(null), true);
    }

    /** The one reason that stops this visitor from borrowing, or null when nothing does. */
    static Refusal refusalFor(PatronIdentity id, Money fineLimit) {
        String said = String.join(" ", id.screenMessages());
        Set<PatronBlock> b = id.blocks();
        if (!id.valid()) {
            return new Refusal(RefusalReason.UNKNOWN_PATRON, said);
        }
        if (!id.pinAccepted()) {
            return new Refusal(RefusalReason.WRONG_PIN, said);
        }
        if (b.contains(PatronBlock.CARD_EXPIRED)) {
            return new Refusal(RefusalReason.CARD_EXPIRED, said);
        }
        if (b.contains(PatronBlock.CHARGE_PRIVILEGES_DENIED) || b.contains(PatronBlock.CARD_REPORTED_LOST)) {
            boolean finesOnly = fines(id, fineLimit) && !b.contains(PatronBlock.CARD_REPORTED_LOST);
            return new Refusal(finesOnly ? RefusalReason.FINES_TOO_HIGH : RefusalReason.PATRON_BLOCKED, said);
        }
        if (b.contains(PatronBlock.TOO_MANY_ITEMS_CHARGED) || b.contains(PatronBlock.TOO_MANY_ITEMS_OVERDUE)) {
            return new Refusal(RefusalReason.TOO_MANY_ITEMS, said);
        }
        if (fines(id, fineLimit)) {
            return new Refusal(RefusalReason.FINES_TOO_HIGH, said);
        }
        return null;
    }

    private static boolean fines(PatronIdentity id, Money limit) {
        return id.blocks().contains(PatronBlock.EXCESSIVE_OUTSTANDING_FINES)
                || id.blocks().contains(PatronBlock.EXCESSIVE_OUTSTANDING_FEES)
                || id.fines().amount().compareTo(limit.amount()) > 0;
    }

    private static PatronIdentity unknown(PatronCredentials patron) {
        return new PatronIdentity(patron.patronId(), "", false, false, Set.of(), Money.ZERO, List.of());
    }
}
