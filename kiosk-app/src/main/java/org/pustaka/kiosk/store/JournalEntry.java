package org.pustaka.kiosk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One circulation step in the journal. {@code createdAt} is when the visitor did it (the date an offline
 * replay sends); {@code patronId} is stored whole because a replay needs it, and is masked everywhere
 * else; for a return taken offline it names the member the kiosk last lent the item to, so the replay
 * can tell that loan from another member's. {@code refusalReason} holds a {@code RefusalReason} name,
 * {@code detail} a sentence for staff.
 * Entries are immutable; the {@code with...} methods give the next version to record.
 */
public record JournalEntry(UUID id, JournalKind kind, String itemId, List<String> tagUids, String patronId,
                           JournalState state, boolean offline, String title, LocalDate dueDate,
                           String refusalReason, String sortBin, boolean holdShelf, String detail,
                           ReplayState replay, Instant createdAt, Instant updatedAt) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        tagUids = List.copyOf(tagUids);
        title = title == null ? "" : title;
        refusalReason = refusalReason == null ? "" : refusalReason;
        sortBin = sortBin == null ? "" : sortBin;
        detail = detail == null ? "" : detail;
        replay = replay == null ? ReplayState.NONE : replay;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    /** A new intent, as written before the library is asked. */
    public static JournalEntry intent(UUID id, JournalKind kind, String itemId, List<String> tagUids,
                                      String patronId, String title, Instant at) {
        return new JournalEntry(id, kind, itemId, tagUids, patronId, JournalState.PENDING, false, title, null,
                "", "", false, "", ReplayState.NONE, at, at);
    }

    public JournalEntry with(JournalState next, String why, Instant at) {
        return new JournalEntry(id, kind, itemId, tagUids, patronId, next, offline, title, dueDate, refusalReason,
                sortBin, holdShelf, why == null || why.isEmpty() ? detail : why, replay, createdAt, at);
    }

    public JournalEntry withLibraryAnswer(String newTitle, LocalDate due, String refusal, String bin, boolean hold) {
        return new JournalEntry(id, kind, itemId, tagUids, patronId, state, offline,
                newTitle == null || newTitle.isEmpty() ? title : newTitle, due, refusal, bin, hold, detail, replay,
                createdAt, updatedAt);
    }

    public JournalEntry withOffline(ReplayState replayState) {
        return new JournalEntry(id, kind, itemId, tagUids, patronId, state, true, title, dueDate, refusalReason,
                sortBin, holdShelf, detail, replayState, createdAt, updatedAt);
    }

    /** The same step with {@code patron} as the member it concerns. */
    public JournalEntry withPatron(String patron) {
        return new JournalEntry(id, kind, itemId, tagUids, patron, state, offline, title, dueDate, refusalReason,
                sortBin, holdShelf, detail, replay, createdAt, updatedAt);
    }

    /** Whether staff must look at this item: its tag and loan could not be made to agree, or a replay was refused. */
    public boolean needsStaff() {
        return state == JournalState.FLAGGED || replay == ReplayState.REFUSED;
    }
}
