package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.util.UUID;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.ReplayState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the journal entries a stopped kiosk left unfinished. For each it asks the library what the
 * item's state is now (item information), then brings the tag into line when it is still on the pad:
 * the step is finished (TAG_DONE), found never to have happened (ABANDONED, tag untouched), undone
 * (COMPENSATED) or, when the tag cannot be reached or the library cannot undo, FLAGGED for staff.
 * Offline entries are settled from the journal alone: the library has not seen them yet. Entries
 * whose library cannot be reached are left for the next run.
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final LibraryLink link;
    private final ItemPad pad;
    private final Journaling journal;
    private final Clock clock;

    Recovery(LibraryLink link, ItemPad pad, Journaling journal, Clock clock) {
        this.link = link;
        this.pad = pad;
        this.journal = journal;
        this.clock = clock;
    }

    RecoverySummary run() {
        int[] counts = new int[5];
        for (JournalEntry e : journal.store().unfinished()) {
            JournalState end;
            try {
                end = e.offline() ? settleOffline(e) : settle(e);
            } catch (LibraryException ex) {
                LOG.info("Cannot settle the journal entry for item {} yet: {}", e.itemId(), ex.getMessage());
                counts[4]++;
                continue;
            }
            LOG.info("Recovered the {} of item {}: {} -> {}", e.kind(), e.itemId(), e.state(), end);
            counts[switch (end) {
                case TAG_DONE -> 0;
                case ABANDONED -> 1;
                case COMPENSATED -> 2;
                default -> 3;
            }]++;
        }
        return new RecoverySummary(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private JournalState settle(JournalEntry e) throws LibraryException {
        ItemInfo info = link.call(l -> l.item(e.itemId()));
        boolean onLoan = info.status().onLoan();
        if (e.kind() == JournalKind.RENEW) {
            // A renewal changes no tag; whether it happened shows in the due date the visitor can look up.
            return finish(e, e.state() == JournalState.ACCEPTED ? JournalState.TAG_DONE : JournalState.ABANDONED,
                    "The kiosk stopped during the renewal; the library's due date is " + info.dueDate() + ".");
        }
        boolean performed = e.kind() == JournalKind.CHECKOUT ? onLoan : !onLoan;
        if (e.state() == JournalState.PENDING && !performed) {
            return finish(e, JournalState.ABANDONED,
                    "The kiosk stopped before the library acted; the tag was never changed.");
        }
        if (e.state() == JournalState.COMPENSATING) {
            if (onLoan) {
                CheckinResult back = link.call(l -> l.checkin(e.itemId(),
                        new TransactionOptions(UUID.randomUUID(), clock.instant(), true)));
                onLoan = !back.ok();
            }
            boolean aligned = pad.secure(e.tagUids(), onLoan);
            return finish(e, !onLoan && aligned ? JournalState.COMPENSATED : JournalState.FLAGGED,
                    !onLoan && aligned ? "The loan was cancelled after the kiosk restarted."
                            : "The loan could not be cancelled, or the tag was not on the pad, after a restart.");
        }
        if (!pad.secure(e.tagUids(), onLoan)) {
            return finish(e, JournalState.FLAGGED, "After a restart the tag was not on the pad to be set "
                    + (onLoan ? "on loan" : "in stock") + " as the library shows it.");
        }
        return finish(e, performed ? JournalState.TAG_DONE : JournalState.COMPENSATED,
                performed ? "Finished after a restart." : "The library no longer shows the step; tag set to match.");
    }

    private JournalState settleOffline(JournalEntry e) {
        boolean wanted = e.kind() == JournalKind.CHECKOUT;
        if (e.state() == JournalState.COMPENSATING) {
            boolean restored = pad.secure(e.tagUids(), !wanted);
            return finish(e, restored ? JournalState.COMPENSATED : JournalState.FLAGGED,
                    "An offline step whose tag failed was put back after a restart.");
        }
        boolean secured = pad.secure(e.tagUids(), wanted);
        // Either way the visitor was (about to be) promised the step, so the library must hear of it.
        return finish(e.withOffline(ReplayState.QUEUED), secured ? JournalState.TAG_DONE : JournalState.FLAGGED,
                secured ? "Offline step finished after a restart; waiting for the library."
                        : "Offline step interrupted and the tag was not on the pad to be set.");
    }

    private JournalState finish(JournalEntry e, JournalState end, String why) {
        journal.finish(e, end, why);
        return end;
    }
}
