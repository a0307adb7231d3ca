package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.util.List;
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
 *
 * <p>An entry can stay unfinished while the kiosk goes on: the library could not be reached at start-up,
 * and the visitor then returned (or borrowed) the same item offline. That later step set the tag, and its
 * replay will tell the library; so an entry with a later tag-setting step on the same item is settled
 * with the library as usual but leaves the tag alone, or it would undo the later step on the tag (the
 * crash test found a book on loan on its tag and returned in the library that way).
 *
 * <p>The other way round, an online entry with an <em>earlier</em> offline step of the same item still
 * queued cannot be judged by the library's state, which does not show that step yet. Such an entry
 * never reached the library (the desk replays an item's queued steps before it asks the library about
 * that item, and sends nothing for it while any wait), so an intent is settled as never acted on; any
 * other state waits until the replay has delivered the earlier steps. A checkout counts as done only
 * when the library shows the item on loan to the member the journal names ({@link Holder}); on loan to
 * another member, the kiosk's step never happened, and an accepted one is flagged for staff.
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final LibraryLink link;
    private final ItemPad pad;
    private final Journaling journal;
    private final Clock clock;
    private final Holder holder;

    Recovery(LibraryLink link, ItemPad pad, Journaling journal, Clock clock) {
        this.link = link;
        this.pad = pad;
        this.journal = journal;
        this.clock = clock;
        this.holder = new Holder(link);
    }

    RecoverySummary run() {
        int[] counts = new int[5];
        for (JournalEntry e : journal.store().unfinished()) {
            JournalState end;
            List<JournalEntry> steps = journal.store().forItem(e.itemId());
            boolean superseded = steps.stream().anyMatch(later -> setsTagAfter(later, e));
            boolean behindQueue = !e.offline() && steps.stream().anyMatch(earlier -> queuedBefore(earlier, e));
            try {
                if (behindQueue && e.state() != JournalState.PENDING) {
                    LOG.info("The {} of item {} waits for the replay of earlier offline steps", e.kind(), e.itemId());
                    counts[4]++;
                    continue;
                }
                end = behindQueue ? finish(e, JournalState.ABANDONED, "The kiosk stopped before the library was"
                        + " asked; earlier offline steps of this item were still waiting, so nothing was sent.")
                        : e.offline() ? settleOffline(e, superseded) : settle(e, superseded);
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

    /** Whether {@code later}, a step on {@code e}'s item, was begun after it and set (or will set) the tag. */
    private static boolean setsTagAfter(JournalEntry later, JournalEntry e) {
        return !later.id().equals(e.id()) && later.kind() != JournalKind.RENEW
                && later.createdAt().isAfter(e.createdAt()) && later.state() != JournalState.PENDING
                && later.state() != JournalState.REFUSED && later.state() != JournalState.ABANDONED;
    }

    /** Whether {@code earlier}, a step on {@code e}'s item begun before it, still waits for the replay. */
    private static boolean queuedBefore(JournalEntry earlier, JournalEntry e) {
        return !earlier.id().equals(e.id()) && earlier.replay() == ReplayState.QUEUED
                && earlier.createdAt().isBefore(e.createdAt());
    }

    private JournalState settle(JournalEntry e, boolean superseded) throws LibraryException {
        ItemInfo info = link.call(l -> l.item(e.itemId()));
        boolean onLoan = info.status().onLoan();
        if (e.kind() == JournalKind.RENEW) {
            // A renewal changes no tag; whether it happened shows in the due date the visitor can look up.
            return finish(e, e.state() == JournalState.ACCEPTED ? JournalState.TAG_DONE : JournalState.ABANDONED,
                    "The kiosk stopped during the renewal; the library's due date is " + info.dueDate() + ".");
        }
        boolean another = e.kind() == JournalKind.CHECKOUT && onLoan && e.patronId() != null
                && holder.of(info, e.patronId()) == Holder.Holding.ANOTHER_MEMBER;
        boolean performed = e.kind() == JournalKind.CHECKOUT ? onLoan && !another : !onLoan;
        if (e.state() == JournalState.PENDING && !performed) {
            return finish(e, JournalState.ABANDONED,
                    "The kiosk stopped before the library acted; the tag was never changed.");
        }
        if (superseded) {
            return settleSuperseded(e, performed);
        }
        if (another) {
            // the library accepted this loan once, but the item is another member's loan now: not ours to undo
            return finish(e, JournalState.FLAGGED, StaffNotes.recoveredOnLoanToAnother());
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

    private JournalState settleOffline(JournalEntry e, boolean superseded) {
        boolean wanted = e.kind() == JournalKind.CHECKOUT;
        if (superseded) {
            return settleSuperseded(e.withOffline(ReplayState.QUEUED), true);
        }
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

    /**
     * An unfinished entry with a later step on its item: the tag stays as the later step set it. An undo
     * that was under way is not guessed at (the later step may own the loan now): staff look at it.
     */
    private JournalState settleSuperseded(JournalEntry e, boolean performed) {
        if (e.state() == JournalState.COMPENSATING) {
            return finish(e, JournalState.FLAGGED, "A loan was being undone when the kiosk stopped, and the item"
                    + " has been used since; check the item's loan and tag.");
        }
        // an accepted step did reach the library, whatever a later step made of the item since
        boolean acted = performed || e.state() == JournalState.ACCEPTED;
        return finish(e, acted ? JournalState.TAG_DONE : JournalState.ABANDONED, (acted
                ? "Finished after a restart; " : "The library never acted; ")
                + "the tag was left as a later step on this item set it.");
    }

    private JournalState finish(JournalEntry e, JournalState end, String why) {
        journal.finish(e, end, why);
        return end;
    }
}
