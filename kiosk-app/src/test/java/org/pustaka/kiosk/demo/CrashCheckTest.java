package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.ReplayState;

/** A flag excuses an item's disagreement only while it is the item's latest step that set its state. */
class CrashCheckTest {
    private static int minute;

    private static JournalEntry step(JournalKind kind, JournalState state, ReplayState replay) {
        Instant at = Instant.parse("2026-12-01T03:00:00Z").plusSeconds(60L * minute++);
        JournalEntry e = JournalEntry.intent(UUID.randomUUID(), kind, "30000105", List.of(), "2024000123", "", at)
                .with(state, "", at);
        return replay == ReplayState.NONE ? e : e.withOffline(replay);
    }

    @Test
    void aFlagOnTheLatestStepExcusesTheItem() {
        assertThat(CrashCheck.flaggedLast(List.of(step(JournalKind.CHECKOUT, JournalState.TAG_DONE, ReplayState.NONE),
                step(JournalKind.CHECKIN, JournalState.FLAGGED, ReplayState.NONE)))).isTrue();
        assertThat(CrashCheck.flaggedLast(List.of(
                step(JournalKind.CHECKOUT, JournalState.TAG_DONE, ReplayState.REFUSED)))).isTrue();
    }

    @Test
    void stepsThatChangedNothingDoNotHideAnOlderFlagNorMakeOne() {
        assertThat(CrashCheck.flaggedLast(List.of(step(JournalKind.CHECKOUT, JournalState.FLAGGED, ReplayState.NONE),
                step(JournalKind.CHECKOUT, JournalState.REFUSED, ReplayState.NONE),
                step(JournalKind.CHECKIN, JournalState.ABANDONED, ReplayState.NONE)))).isTrue();
        assertThat(CrashCheck.flaggedLast(List.of(
                step(JournalKind.CHECKOUT, JournalState.REFUSED, ReplayState.NONE)))).isFalse();
    }

    @Test
    void anOldFlagNoLongerExcusesWhatHappenedAfterIt() {
        assertThat(CrashCheck.flaggedLast(List.of(step(JournalKind.CHECKOUT, JournalState.FLAGGED, ReplayState.NONE),
                step(JournalKind.CHECKIN, JournalState.TAG_DONE, ReplayState.REPLAYED)))).isFalse();
    }
}
