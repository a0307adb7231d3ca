package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.ReplayState;

/** The journal view's rows: words for every kind and state, the zone, the masked patron, the filter. */
class DiagnosticsJournalRowsTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Instant MORNING = Instant.parse("2026-11-28T03:00:00Z");
    private final DiagnosticsJournalRows en = new DiagnosticsJournalRows(Texts.of("en"), JAKARTA);
    private final DiagnosticsJournalRows id = new DiagnosticsJournalRows(Texts.of("id"), JAKARTA);

    private static JournalEntry entry(JournalState state, String refusal, ReplayState replay) {
        return FakeTechnicianTools.entry(JournalKind.CHECKOUT, "30000105", "2024000123", MORNING, state, refusal,
                replay, "");
    }

    @Test
    void aRowHasTheKiosksLocalTimeTheItemAndOnlyTheLastFourDigitsOfThePatron() {
        DiagnosticsJournalRows.Row row = en.row(entry(JournalState.TAG_DONE, "", ReplayState.NONE));
        assertThat(row.time()).isEqualTo("2026-11-28 10:00:00");
        assertThat(row.itemId()).isEqualTo("30000105");
        assertThat(row.patron()).isEqualTo("******0123");
        assertThat(new DiagnosticsJournalRows(Texts.of("en"), ZoneId.of("UTC")).row(entry(JournalState.TAG_DONE, "",
                ReplayState.NONE)).time()).isEqualTo("2026-11-28 03:00:00");
        String text = en.text(en.rows(FakeTechnicianTools.sampleJournal(), false));
        assertThat(text).doesNotContain("2024000123", "2024000777", "2024000555").contains("******0777");
    }

    @Test
    void theStatesReadInEnglish() {
        assertThat(en.state(entry(JournalState.TAG_DONE, "", ReplayState.NONE))).isEqualTo("done");
        assertThat(en.state(entry(JournalState.REFUSED, "ITEM_NOT_FOR_LOAN", ReplayState.NONE)))
                .isEqualTo("refused (ITEM_NOT_FOR_LOAN)");
        assertThat(en.state(entry(JournalState.REFUSED, "", ReplayState.NONE))).isEqualTo("refused");
        assertThat(en.state(entry(JournalState.COMPENSATED, "", ReplayState.NONE))).isEqualTo("undone (compensated)");
        assertThat(en.state(entry(JournalState.FLAGGED, "", ReplayState.NONE))).isEqualTo("flagged for staff");
        assertThat(en.state(entry(JournalState.ABANDONED, "", ReplayState.NONE))).isEqualTo("abandoned");
        for (JournalState s : List.of(JournalState.PENDING, JournalState.ACCEPTED, JournalState.COMPENSATING)) {
            assertThat(en.state(entry(s, "", ReplayState.NONE))).isEqualTo("unfinished");
        }
        assertThat(en.replay(ReplayState.NONE)).isEmpty();
        assertThat(en.replay(ReplayState.QUEUED)).isEqualTo("offline, queued");
        assertThat(en.replay(ReplayState.REPLAYED)).isEqualTo("offline, replayed");
        assertThat(en.replay(ReplayState.REFUSED)).isEqualTo("offline, refused at replay");
    }

    @Test
    void theStatesReadInIndonesian() {
        assertThat(id.state(entry(JournalState.TAG_DONE, "", ReplayState.NONE))).isEqualTo("selesai");
        assertThat(id.state(entry(JournalState.REFUSED, "ITEM_NOT_FOR_LOAN", ReplayState.NONE)))
                .isEqualTo("ditolak (ITEM_NOT_FOR_LOAN)");
        assertThat(id.state(entry(JournalState.FLAGGED, "", ReplayState.NONE))).isEqualTo("ditandai untuk petugas");
        assertThat(id.state(entry(JournalState.PENDING, "", ReplayState.NONE))).isEqualTo("belum selesai");
        assertThat(id.replay(ReplayState.REFUSED)).isEqualTo("offline, ditolak saat dikirim ulang");
        assertThat(id.row(entry(JournalState.TAG_DONE, "", ReplayState.NONE)).kind()).isEqualTo("pinjam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyStateAndKindHasItsOwnWordsInBothLanguages(String language) {
        DiagnosticsJournalRows rows = new DiagnosticsJournalRows(Texts.of(language), JAKARTA);
        List<String> states = java.util.Arrays.stream(JournalState.values())
                .filter(s -> !s.unfinished()).map(s -> rows.state(entry(s, "", ReplayState.NONE))).toList();
        assertThat(states).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isNotBlank().doesNotContain("_"));
        List<String> kinds = java.util.Arrays.stream(JournalKind.values()).map(k -> rows.row(
                FakeTechnicianTools.entry(k, "1", "", MORNING, JournalState.TAG_DONE, "", ReplayState.NONE, ""))
                .kind()).toList();
        assertThat(kinds).doesNotHaveDuplicates().noneMatch(k -> k.equals("CHECKOUT") || k.equals("RENEW"));
    }

    @ParameterizedTest
    @EnumSource(JournalState.class)
    void everyStateMapsInBothLanguages(JournalState state) {
        assertThat(en.state(entry(state, "OTHER", ReplayState.NONE))).isNotBlank();
        assertThat(id.state(entry(state, "OTHER", ReplayState.NONE))).isNotBlank()
                .isNotEqualTo(en.state(entry(state, "OTHER", ReplayState.NONE)));
    }

    @Test
    void theFilterKeepsOnlyWhatNeedsStaffInTheSameOrder() {
        List<JournalEntry> sample = FakeTechnicianTools.sampleJournal();
        assertThat(en.rows(sample, false)).hasSize(6);
        List<DiagnosticsJournalRows.Row> staff = en.rows(sample, true);
        assertThat(staff).extracting(DiagnosticsJournalRows.Row::itemId).containsExactly("30000105", "30000088");
        assertThat(staff).allMatch(DiagnosticsJournalRows.Row::needsStaff);
        assertThat(en.status(2, 6)).isEqualTo("Showing 2 of the latest 6 entries.");
        assertThat(en.status(0, 0)).isEqualTo("No journal entries to show.");
    }

    @Test
    void theTextPutsTheOfflineStateAndTheNoteUnderTheirEntry() {
        String text = en.text(en.rows(FakeTechnicianTools.sampleJournal(), true));
        assertThat(text.lines().toList()).containsExactly(
                "! 2026-11-28 10:10:00 borrow     30000105       ******0123   flagged for staff",
                "    The loan could not be undone: the tag did not answer.",
                "! 2026-11-28 10:08:00 return     30000088       -            done",
                "    offline, refused at replay",
                "    The library refused the offline return.");
    }
}
