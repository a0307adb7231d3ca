package org.pustaka.kiosk.circulation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pustaka.kiosk.circulation.Holder.Holding;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.ReplayState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the offline queue to the library once it answers again, in the order the visitors acted, with
 * their original dates and SIP2 no-block (the visitor has already been promised the loan). Before each
 * step it asks the library for the item's state and, when the item is on loan, whose loan it is
 * ({@link Holder}):
 * <ul>
 * <li>a loan of an item on loan to the same member is done already (an earlier replay's answer was
 * lost); on loan to another member, it is refused and flagged for staff, never sent (a no-block
 * checkout would move the other member's loan);</li>
 * <li>a return of an item no longer on loan is done already; on loan to another member than the one
 * the kiosk recorded when it took the book back, it is refused and flagged for staff.</li>
 * </ul>
 * A refusal is recorded for staff, never dropped. A failure of one step that leaves the library
 * reachable (a busy answer, a lost answer) skips the rest of that item's steps for this run, so they
 * keep their order, and the replay goes on with the next item; once the library is unreachable, or
 * asked the kiosk to wait, the replay stops where it is, to go on next time.
 */
final class Replay {
    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    private final LibraryLink link;
    private final Journaling journal;
    private final Holder holder;

    Replay(LibraryLink link, Journaling journal) {
        this.link = link;
        this.journal = journal;
        this.holder = new Holder(link);
    }

    ReplaySummary run() {
        int replayed = 0;
        int refused = 0;
        List<JournalEntry> queue = journal.store().queued();
        Set<String> waiting = new HashSet<>();
        for (int i = 0; i < queue.size(); i++) {
            JournalEntry e = queue.get(i);
            if (waiting.contains(e.itemId())) {
                continue;
            }
            try {
                if (replay(e)) {
                    replayed++;
                } else {
                    refused++;
                }
            } catch (LibraryException ex) {
                waiting.add(e.itemId());
                if (link.holdingBack()) {
                    int left = queue.size() - replayed - refused;
                    LOG.info("Replay stopped at item {}; {} offline transactions wait: {}", e.itemId(), left,
                            ex.getMessage());
                    return new ReplaySummary(replayed, refused, left);
                }
                LOG.info("Replay of item {} failed for now, going on with the next item: {}", e.itemId(),
                        ex.getMessage());
            }
        }
        return new ReplaySummary(replayed, refused, queue.size() - replayed - refused);
    }

    private boolean replay(JournalEntry e) throws LibraryException {
        ItemInfo info = link.call(l -> l.item(e.itemId()));
        TransactionOptions options = new TransactionOptions(e.id(), e.createdAt(), true);
        if (e.kind() == JournalKind.CHECKOUT) {
            Holding held = holder.of(info, e.patronId());
            if (held == Holding.THIS_MEMBER) {
                return done(e, "The library already has this loan (an earlier replay's answer was lost).",
                        info.dueDate());
            }
            if (held == Holding.ANOTHER_MEMBER) {
                return onLoanToAnother(e);
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
            if (e.patronId() != null && holder.of(info, e.patronId()) == Holding.ANOTHER_MEMBER) {
                return onLoanToAnother(e);
            }
            CheckinResult r = link.call(l -> l.checkin(e.itemId(), options));
            return r.ok() ? done(e, r.holdForAnother() ? "On hold for another visitor: put it on the hold shelf." : "",
                    null) : refused(e, r.refusal().reason().name(), r.refusal().libraryMessage());
        }
        return refused(e, "OTHER", "Renewals are never taken offline.");
    }

    private boolean done(JournalEntry e, String why, LocalDate due) {
        JournalEntry updated = e.withOffline(ReplayState.REPLAYED)
                .withLibraryAnswer("", due != null ? due : e.dueDate(), e.refusalReason(), e.sortBin(), e.holdShelf());
        journal.replayed(why.isEmpty() ? updated : updated.with(updated.state(), why, updated.updatedAt()), true);
        return true;
    }

    private boolean onLoanToAnother(JournalEntry e) {
        LOG.warn("The offline {} of item {} was not sent: the library shows it on loan to another member; flagged"
                + " for staff", e.kind(), e.itemId());
        return flag(e, RefusalReason.ITEM_ALREADY_ON_LOAN.name(),
                StaffNotes.replayOnLoanToAnother(e.kind() == JournalKind.CHECKOUT));
    }

    private boolean refused(JournalEntry e, String reason, String message) {
        LOG.warn("The library refused the offline {} of item {} ({}); flagged for staff", e.kind(), e.itemId(), reason);
        return flag(e, reason, StaffNotes.replayRefused(e.kind().name(), reason, message));
    }

    private boolean flag(JournalEntry e, String reason, String note) {
        JournalEntry updated = e.withOffline(ReplayState.REFUSED)
                .withLibraryAnswer("", e.dueDate(), reason, e.sortBin(), e.holdShelf());
        journal.replayed(updated.with(updated.state(), note, updated.updatedAt()), false);
        return false;
    }
}
