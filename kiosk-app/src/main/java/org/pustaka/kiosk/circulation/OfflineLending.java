package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pustaka.kiosk.circulation.ItemOutcome.Result;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.ReplayState;

/**
 * Loans and returns taken while the library system cannot be reached, within the configured rules:
 * allowed at all, the tag's type of usage allows it offline, the visitor known when so configured, at
 * most so many loans per visitor and so many transactions waiting. An accepted step has its tag
 * secured like an online one and waits in the journal ({@link ReplayState#QUEUED}) for
 * {@link Replay}. The visitor is told it was recorded offline.
 */
final class OfflineLending {
    private final ItemPad pad;
    private final Journaling journal;
    private final Identification identification;
    private final CirculationPolicy policy;
    private final Clock clock;

    OfflineLending(ItemPad pad, Journaling journal, Identification identification, CirculationPolicy policy,
                   Clock clock) {
        this.pad = pad;
        this.journal = journal;
        this.identification = identification;
        this.policy = policy;
        this.clock = clock;
    }

    ItemOutcome borrow(JournalEntry pending, PatronCredentials patron, PadItem item) {
        Optional<Refusal> no = checkoutRefusal(patron, item);
        if (no.isPresent()) {
            return refuse(pending, no.get());
        }
        LocalDate due = LocalDate.now(clock.withZone(policy.zone())).plusDays(policy.offlineLoanDays());
        List<JournalEntry> steps = journal.store().forItem(item.itemId());
        JournalEntry accepted = journal.step(pending.withOffline(ReplayState.NONE)
                .withLibraryAnswer(knownTitle(steps), due, "", "", false), JournalState.ACCEPTED, "Accepted offline.");
        return secure(accepted, item, true);
    }

    ItemOutcome giveBack(JournalEntry pending, PadItem item) {
        Optional<Refusal> no = checkinRefusal(item);
        if (no.isPresent()) {
            return refuse(pending, no.get());
        }
        List<JournalEntry> steps = journal.store().forItem(item.itemId());
        JournalEntry accepted = journal.step(pending.withOffline(ReplayState.NONE).withPatron(lastBorrower(steps))
                .withLibraryAnswer(knownTitle(steps), null, "", "", false), JournalState.ACCEPTED, "Accepted offline.");
        return secure(accepted, item, false);
    }

    /** The title the journal last recorded for the item, so the visitor reads it offline too ("" if never). */
    private static String knownTitle(List<JournalEntry> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).title().isEmpty()) {
                return steps.get(i).title();
            }
        }
        return "";
    }

    /**
     * The member the journal last lent the item to with no return since (null when it does not know): the
     * replay checks the library still shows that member's loan before it returns the item.
     */
    private static String lastBorrower(List<JournalEntry> steps) {
        String holder = null;
        for (JournalEntry s : steps) {
            if (s.state() == JournalState.TAG_DONE && s.replay() != ReplayState.REFUSED) {
                holder = s.kind() == JournalKind.CHECKOUT ? s.patronId()
                        : s.kind() == JournalKind.CHECKIN ? null : holder;
            }
        }
        return holder;
    }

    private ItemOutcome secure(JournalEntry accepted, PadItem item, boolean onLoan) {
        if (pad.secure(item.tagUids(), onLoan)) {
            JournalEntry done = journal.finish(accepted.withOffline(ReplayState.QUEUED), JournalState.TAG_DONE,
                    "Recorded offline; waiting for the library system.");
            return new ItemOutcome(item.itemId(), done.title(), Result.DONE_OFFLINE, done.dueDate(), null, null, null);
        }
        // Nothing reached the library: undoing means putting the tag back as it was.
        JournalEntry undo = journal.step(accepted, JournalState.COMPENSATING,
                "The tag's security could not be set offline; putting it back.");
        boolean restored = pad.secure(item.tagUids(), !onLoan);
        journal.finish(undo, restored ? JournalState.COMPENSATED : JournalState.FLAGGED,
                restored ? "Not recorded: the tag could not be set, so it was put back."
                        : "Not recorded, and the tag's security could not be put back either.");
        return Lending.seeStaff(undo);
    }

    private ItemOutcome refuse(JournalEntry pending, Refusal refusal) {
        JournalEntry refused = journal.finish(pending.withOffline(ReplayState.NONE)
                .withLibraryAnswer("", null, refusal.reason().name(), "", false), JournalState.REFUSED,
                "Refused offline.");
        return new ItemOutcome(refused.itemId(), refused.title(), Result.REFUSED, null, refusal, null, null);
    }

    Optional<Refusal> checkoutRefusal(PatronCredentials patron, PadItem item) {
        if (!policy.offlineCheckout() || !policy.offlineIssueUsages().contains(item.typeOfUsage())) {
            return Optional.of(Refusal.of(RefusalReason.OFFLINE_NOT_ALLOWED));
        }
        Optional<Refusal> visitor = identification.offlineRefusal(patron);
        if (visitor.isPresent()) {
            return visitor;
        }
        List<JournalEntry> queued = journal.store().queued();
        long mine = queued.stream().filter(q -> q.kind() == JournalKind.CHECKOUT
                && patron.patronId().equals(q.patronId())).count();
        if (mine >= policy.offlineItemsPerPatron() || queued.size() >= policy.offlineMaxQueued()) {
            return Optional.of(Refusal.of(RefusalReason.OFFLINE_LIMIT_REACHED));
        }
        return Optional.empty();
    }

    Optional<Refusal> checkinRefusal(PadItem item) {
        if (!policy.offlineCheckin() || !policy.offlineReturnUsages().contains(item.typeOfUsage())) {
            return Optional.of(Refusal.of(RefusalReason.OFFLINE_NOT_ALLOWED));
        }
        if (journal.store().queued().size() >= policy.offlineMaxQueued()) {
            return Optional.of(Refusal.of(RefusalReason.OFFLINE_LIMIT_REACHED));
        }
        return Optional.empty();
    }
}
