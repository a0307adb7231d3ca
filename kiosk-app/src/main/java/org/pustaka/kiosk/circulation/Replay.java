package org.pustaka.kiosk.circulation;

import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.ReplayState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the offline queue to the library once it answers again, in the order the visitors acted, with
 * their original dates and SIP2 no-block (the visitor has already been promised the loan). Before each
 * step it asks the library for the item's state, so a step whose answer was lost in an earlier replay
 * is not sent twice. A refusal is recorded for staff, never dropped; a lost connection stops the replay
 * where it is, to go on next time.
 */
final class Replay {
    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    private final LibraryLink link;
    private final Journaling journal;

    Replay(LibraryLink link, Journaling journal) {
        this.link = link;
        this.journal = journal;
    }

    ReplaySummary run() {
        int replayed = 0;
        int refused = 0;
        var queue = journal.store().queued();
        for (int i = 0; i < queue.size(); i++) {
            JournalEntry e = queue.get(i);
            try {
                boolean ok = replay(e);
                if (ok) {
                    replayed++;
                } else {
                    refused++;
                }
            } catch (LibraryException ex) {
                LOG.info("Replay stopped at item {}; {} offline transactions wait: {}", e.itemId(), queue.size() - i,
                        ex.getMessage());
                return new ReplaySummary(replayed, refused, queue.size() - i);
            }
        }
        return new ReplaySummary(replayed, refused, 0);
    }

    private boolean replay(JournalEntry e) throws LibraryException {
        ItemInfo info = link.call(l -> l.item(e.itemId()));
        TransactionOptions options = new TransactionOptions(e.id(), e.createdAt(), true);
        if (e.kind() == JournalKind.CHECKOUT) {
            if (info.status().onLoan()) {
                return done(e, "The library already has this loan (an earlier replay's answer was lost).",
                        info.dueDate());
            }
            PatronCredentials patron = PatronCredentials.withoutPin(e.patronId());
            CheckoutResult r = link.call(l -> l.checkout(patron, e.itemId(), options));
            return r.ok() ? done(e, "", r.dueDate()) : refused(e, r.refusal().reason().name(),
                    r.refusal().libraryMessage());
        }
        if (e.kind() == JournalKind.CHECKIN) {
            if (!info.status().onLoan()) {
                return done(e, "The library already shows this item returned.", null);
            }
            CheckinResult r = link.call(l -> l.checkin(e.itemId(), options));
            return r.ok() ? done(e, r.holdForAnother() ? "On hold for another visitor: put it on the hold shelf." : "",
                    null) : refused(e, r.refusal().reason().name(), r.refusal().libraryMessage());
        }
        return refused(e, "OTHER", "Renewals are never taken offline.");
    }

    private boolean done(JournalEntry e, String why, java.time.LocalDate due) {
        JournalEntry updated = e.withOffline(ReplayState.REPLAYED)
                .withLibraryAnswer("", due != null ? due : e.dueDate(), e.refusalReason(), e.sortBin(), e.holdShelf());
        journal.replayed(why.isEmpty() ? updated : updated.with(updated.state(), why, updated.updatedAt()), true);
        return true;
    }

    private boolean refused(JournalEntry e, String reason, String message) {
        LOG.warn("The library refused the offline {} of item {} ({}); flagged for staff", e.kind(), e.itemId(), reason);
        JournalEntry updated = e.withOffline(ReplayState.REFUSED)
                .withLibraryAnswer("", e.dueDate(), reason, e.sortBin(), e.holdShelf());
        journal.replayed(updated.with(updated.state(), "Offline " + e.kind() + " refused by the library: " + reason
                + (message.isEmpty() ? "" : " (" + message + ")") + ". Staff must settle it.", updated.updatedAt()),
                false);
        return false;
    }
}
