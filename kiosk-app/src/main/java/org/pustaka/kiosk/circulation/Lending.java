package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.pustaka.hardware.tag.TypeOfUsage;
import org.pustaka.kiosk.circulation.ItemOutcome.Instruction;
import org.pustaka.kiosk.circulation.ItemOutcome.Result;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.ReplayState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Borrowing and returning an item, journaled around every side effect (see DESIGN "Circulation and
 * the journal"): PENDING before the library is asked, ACCEPTED or REFUSED after, TAG_DONE once the
 * tag's security was written and proven. The library's part and the tag's part are separate steps so
 * that a stack can prove all its tags at once ({@link Stacks}). A loan whose tag cannot be proven is
 * checked back in (COMPENSATING, then COMPENSATED) or, failing that, FLAGGED for staff. When the library
 * cannot be reached the step goes to {@link OfflineLending}.
 */
final class Lending {
    private static final Logger LOG = LoggerFactory.getLogger(Lending.class);

    private final LibraryLink link;
    private final ItemPad pad;
    private final Journaling journal;
    private final OfflineLending offline;
    private final Clock clock;

    Lending(LibraryLink link, ItemPad pad, Journaling journal, OfflineLending offline, Clock clock) {
        this.link = link;
        this.pad = pad;
        this.journal = journal;
        this.offline = offline;
        this.clock = clock;
    }

    /**
     * The library's part of lending one item: the intent, the checkout and its answer, journaled. The
     * tag is not touched here; an accepted loan comes back as {@link Step.Secure} for the stack's tag work.
     */
    Step borrowInLibrary(PatronCredentials patron, PadItem item) {
        ItemOutcome unfit = unfit(item, true);
        if (unfit != null) {
            return new Step.Done(unfit);
        }
        JournalEntry e = journal.begin(JournalEntry.intent(UUID.randomUUID(), JournalKind.CHECKOUT, item.itemId(),
                item.tagUids(), patron.patronId(), "", clock.instant()));
        Asked<CheckoutResult> asked = ask(e, item, () -> offline.checkoutRefusal(patron, item),
                l -> l.checkout(patron, item.itemId(), new TransactionOptions(e.id(), e.createdAt(), false)));
        if (asked.instead() != null) {
            return asked.instead();
        }
        CheckoutResult r = asked.answer();
        if (!r.ok()) {
            return new Step.Done(refused(e, item, r.title(), r.refusal()));
        }
        JournalEntry accepted = journal.step(e.withLibraryAnswer(r.title(), r.dueDate(), "", "", false),
                JournalState.ACCEPTED, "");
        ItemOutcome done = new ItemOutcome(item.itemId(), accepted.title(), Result.DONE, r.dueDate(), null, null, null);
        if (!r.securityOff()) {
            journal.finish(accepted, JournalState.TAG_DONE, "The library asked to leave the security on.");
            return new Step.Done(done);
        }
        return new Step.Secure(accepted, true, done);
    }

    /** The library's part of taking one item back: intent, checkin and answer, journaled; the tag is left. */
    Step giveBackInLibrary(PadItem item) {
        ItemOutcome unfit = unfit(item, false);
        if (unfit != null) {
            return new Step.Done(unfit);
        }
        JournalEntry e = journal.begin(JournalEntry.intent(UUID.randomUUID(), JournalKind.CHECKIN, item.itemId(),
                item.tagUids(), null, "", clock.instant()));
        Asked<CheckinResult> asked = ask(e, item, () -> offline.checkinRefusal(item),
                l -> l.checkin(item.itemId(), new TransactionOptions(e.id(), e.createdAt(), false)));
        if (asked.instead() != null) {
            return asked.instead();
        }
        CheckinResult r = asked.answer();
        if (!r.ok()) {
            return new Step.Done(refused(e, item, r.title(), r.refusal()));
        }
        JournalEntry accepted = journal.step(e.withLibraryAnswer(r.title(), null, "", r.sortBin(),
                r.holdForAnother()), JournalState.ACCEPTED, "");
        Instruction what = r.holdForAnother() ? Instruction.HOLD_SHELF
                : !r.sortBin().isEmpty() ? Instruction.SORT_BIN
                : r.alert() ? Instruction.STAFF : Instruction.NONE;
        return new Step.Secure(accepted, false,
                new ItemOutcome(item.itemId(), accepted.title(), Result.DONE, null, null, what, r.sortBin()));
    }

    /** The library's answer, or instead the step the item takes without one. */
    private record Asked<R>(R answer, Step instead) {
    }

    /**
     * Sends a journaled intent to the library. Without an answer the item goes offline (the library cannot
     * be reached, or earlier offline steps of the item still wait for the replay), or stays PENDING for
     * recovery when the answer was lost and the offline rules ({@code offlineRefusal}) would refuse it.
     */
    private <R> Asked<R> ask(JournalEntry e, PadItem item, Supplier<Optional<Refusal>> offlineRefusal,
                             LibraryLink.Call<R> call) {
        if (waitsForReplay(item)) {
            return new Asked<>(null, new Step.Offline(e, item));
        }
        try {
            return new Asked<>(link.call(call), null);
        } catch (LibraryUnavailableException ex) {
            // A lost answer may go offline too: the replay asks the item's state before it sends anything.
            if (ex.outcomeUnknown() && offlineRefusal.get().isPresent()) {
                return new Asked<>(null, new Step.Done(unknown(e, ex)));
            }
            return new Asked<>(null, new Step.Offline(e, item));
        } catch (LibraryException ex) {
            return new Asked<>(null, new Step.Done(unknown(e, ex)));
        }
    }

    /** The library could not be reached for this item: the step goes on under the offline rules. */
    ItemOutcome offline(Step.Offline step, PatronCredentials patron) {
        return step.entry().kind() == JournalKind.CHECKOUT ? offline.borrow(step.entry(), patron, step.item())
                : offline.giveBack(step.entry(), step.item());
    }

    /**
     * Ends an accepted step once its tag's security was written and the stack proven: TAG_DONE when every
     * tag of the item was proven; otherwise a loan is undone (or flagged) and a return flagged for staff.
     */
    ItemOutcome tagSettled(Step.Secure step, boolean proven) {
        if (proven) {
            journal.finish(step.accepted(), JournalState.TAG_DONE, "");
            return step.whenDone();
        }
        if (step.onLoan()) {
            return compensate(step.accepted());
        }
        // The library has the item back but its tag still reads "on loan": the gate would let it walk out.
        journal.finish(step.accepted(), JournalState.FLAGGED,
                "Returned in the library system but the tag's security could not be switched back on.");
        return seeStaff(step.accepted());
    }

    /** The library said no: the step ends refused, with the library's words for the staff. */
    private ItemOutcome refused(JournalEntry e, PadItem item, String title, Refusal refusal) {
        JournalEntry refused = journal.finish(e.withLibraryAnswer(title, null, refusal.reason().name(), "", false),
                JournalState.REFUSED, refusal.libraryMessage());
        return new ItemOutcome(item.itemId(), refused.title(), Result.REFUSED, null, refusal, null, null);
    }

    /** The library lent the item but its tag would still alarm the gate: undo the loan, or flag it. */
    private ItemOutcome compensate(JournalEntry accepted) {
        JournalEntry e = journal.step(accepted, JournalState.COMPENSATING,
                "The tag's security could not be switched off; checking the item back in.");
        try {
            CheckinResult back = link.call(l -> l.checkin(e.itemId(),
                    new TransactionOptions(UUID.randomUUID(), clock.instant(), true)));
            if (back.ok() && pad.secure(e.tagUids(), false)) {
                journal.finish(e, JournalState.COMPENSATED,
                        "The tag could not be switched to on loan, so the loan was cancelled.");
                return seeStaff(e);
            }
        } catch (LibraryException ex) {
            LOG.warn("Could not cancel the loan of item {}: {}", e.itemId(), ex.getMessage());
        }
        journal.finish(e, JournalState.FLAGGED,
                "Lent in the library system but the tag still reads in stock, and the loan could not be cancelled.");
        return seeStaff(e);
    }

    /** The library may or may not have acted; the entry stays PENDING for recovery to settle. */
    private ItemOutcome unknown(JournalEntry e, LibraryException ex) {
        LOG.warn("The library's answer for item {} was lost: {}", e.itemId(), ex.getMessage());
        JournalEntry recorded = journal.step(e, JournalState.PENDING,
                "The library's answer was lost; recovery will ask the library what happened.");
        return seeStaff(recorded);
    }

    static ItemOutcome seeStaff(JournalEntry e) {
        return new ItemOutcome(e.itemId(), e.title(), Result.SEE_STAFF, null, null, Instruction.STAFF, null);
    }

    /**
     * Whether earlier offline steps of this item still wait for the replay (it failed for this item a
     * moment ago): the library must hear of them first, so this step waits behind them, offline.
     */
    private boolean waitsForReplay(PadItem item) {
        return journal.store().forItem(item.itemId()).stream().anyMatch(q -> q.replay() == ReplayState.QUEUED);
    }

    /**
     * Items that may not be lent ({@code borrowing}) or returned as they lie: unreadable, parts missing, or
     * a tag whose type of usage forbids it (not for circulation, new stock, withdrawn), online or offline.
     */
    static ItemOutcome unfit(PadItem item, boolean borrowing) {
        if (!item.readable()) {
            return new ItemOutcome(item.itemId(), "", Result.SEE_STAFF, null, Refusal.of(RefusalReason.ITEM_UNKNOWN),
                    Instruction.STAFF, null);
        }
        if (!item.complete()) {
            return new ItemOutcome(item.itemId(), "", Result.REFUSED, null, Refusal.of(RefusalReason.PARTS_MISSING),
                    null, null);
        }
        TypeOfUsage usage = TypeOfUsage.of(item.typeOfUsage());
        if (borrowing ? !usage.mayCheckOut() : !usage.mayCheckIn()) {
            RefusalReason why = usage.code() == TypeOfUsage.NOT_FOR_CIRCULATION ? RefusalReason.ITEM_NOT_FOR_LOAN
                    : RefusalReason.ITEM_NOT_IN_CIRCULATION;
            return new ItemOutcome(item.itemId(), "", Result.REFUSED, null, Refusal.of(why),
                    why == RefusalReason.ITEM_NOT_IN_CIRCULATION ? Instruction.STAFF : null, null);
        }
        return null;
    }
}
