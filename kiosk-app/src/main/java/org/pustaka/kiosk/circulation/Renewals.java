package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pustaka.kiosk.circulation.ItemOutcome.Result;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;

/**
 * Renewing loans, one journal entry per item. "Renew all" asks the library for the visitor's loans and
 * renews each, so every item has its own intent on record before the library is asked. A renewal
 * changes no tag, so an accepted one ends at TAG_DONE at once. Never offline: the due date is the
 * library's to give. A loan this kiosk made today is refused before the library is asked: renewing it
 * would give the same due date back.
 */
final class Renewals {
    private final LibraryLink link;
    private final Journaling journal;
    private final Clock clock;
    private final ZoneId zone;

    Renewals(LibraryLink link, Journaling journal, Clock clock, ZoneId zone) {
        this.link = link;
        this.journal = journal;
        this.clock = clock;
        this.zone = zone;
    }

    List<ItemOutcome> renew(PatronCredentials patron, List<String> itemIds) {
        List<String> ids = itemIds;
        List<ItemOutcome> out = new ArrayList<>();
        if (ids.isEmpty()) {
            try {
                ids = link.call(l -> l.account(patron)).loans().stream().map(Loan::itemId).toList();
            } catch (LibraryException e) {
                return List.of(new ItemOutcome("", "", Result.REFUSED, null, refusalFor(e), null, null));
            }
        }
        for (String id : ids) {
            out.add(renewOne(patron, id));
        }
        return out;
    }

    private ItemOutcome renewOne(PatronCredentials patron, String itemId) {
        if (lentToday(patron, itemId)) {
            // asked of the library, it would answer "renewed" with the same due date, which reads as a failure
            return new ItemOutcome(itemId, "", Result.REFUSED, null, Refusal.of(RefusalReason.RENEWAL_TOO_SOON), null, null);
        }
        JournalEntry e = journal.begin(JournalEntry.intent(UUID.randomUUID(), JournalKind.RENEW, itemId, List.of(),
                patron.patronId(), "", clock.instant()));
        CheckoutResult r;
        try {
            r = link.call(l -> l.renew(patron, itemId, new TransactionOptions(e.id(), e.createdAt(), false)));
        } catch (LibraryException ex) {
            boolean unknown = ex instanceof LibraryUnavailableException u && u.outcomeUnknown()
                    || !(ex instanceof LibraryUnavailableException);
            if (unknown) {
                journal.step(e, JournalState.PENDING, "The library's answer was lost; recovery will settle it.");
                return new ItemOutcome(itemId, "", Result.SEE_STAFF, null, null, ItemOutcome.Instruction.STAFF, null);
            }
            Refusal no = refusalFor(ex);
            journal.finish(e.withLibraryAnswer("", null, no.reason().name(), "", false), JournalState.REFUSED,
                    "The library system was not reachable.");
            return new ItemOutcome(itemId, "", Result.REFUSED, null, no, null, null);
        }
        if (!r.ok()) {
            JournalEntry refused = journal.finish(e.withLibraryAnswer(r.title(), null, r.refusal().reason().name(),
                    "", false), JournalState.REFUSED, r.refusal().libraryMessage());
            return new ItemOutcome(itemId, refused.title(), Result.REFUSED, null, r.refusal(), null, null);
        }
        JournalEntry done = journal.finish(e.withLibraryAnswer(r.title(), r.dueDate(), "", "", false),
                JournalState.TAG_DONE, "Renewed; a renewal changes no tag.");
        return new ItemOutcome(itemId, done.title(), Result.DONE, r.dueDate(), null, null, null);
    }

    /** Whether this kiosk lent {@code itemId} to this visitor today (in the library's zone); a loan elsewhere is the library's to judge. */
    private boolean lentToday(PatronCredentials patron, String itemId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return journal.store().forItem(itemId).stream().anyMatch(e -> e.kind() == JournalKind.CHECKOUT
                && e.patronId().equals(patron.patronId())
                && (e.state() == JournalState.TAG_DONE || e.state() == JournalState.ACCEPTED)
                && LocalDate.ofInstant(e.createdAt(), zone).equals(today));
    }

    private static Refusal refusalFor(LibraryException e) {
        return e instanceof LibraryUnavailableException ? Refusal.of(RefusalReason.OFFLINE_NOT_ALLOWED)
                : new Refusal(RefusalReason.OTHER, e.getMessage());
    }
}
