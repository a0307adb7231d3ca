package org.pustaka.central.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
    private static final Instant START = Instant.parse("2026-12-12T02:00:00Z");

    private static EventSession session(String id, String title, String description, String room, Instant cancelled) {
        return new EventSession(new LibraryEvent(id, "s", title, "Title " + id, description, "", "literasi-digital",
                START, START.plusSeconds(7200), room, "Umum", 0, 0, 20, true), null, null, cancelled,
                cancelled == null ? null : "hujan", 3, 0);
    }

    @Test
    void escapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(EventCalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void shortLinesAreNotFolded() {
        assertThat(EventCalendar.fold("SUMMARY:Diskusi")).isEqualTo("SUMMARY:Diskusi\r\n");
        String exactly75 = "X".repeat(75);
        assertThat(EventCalendar.fold(exactly75)).isEqualTo(exactly75 + "\r\n");
    }

    @Test
    void longLinesFoldAt75OctetsWithASpaceAndUnfoldToTheOriginal() {
        String line = "DESCRIPTION:" + "Membicarakan novel Pramoedya Ananta Toer ".repeat(6);
        String folded = EventCalendar.fold(line);
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")[1]).startsWith(" ");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void foldingNeverSplitsAMultiByteCharacter() {
        String line = "SUMMARY:" + "é".repeat(40) + "文字".repeat(20);
        String folded = EventCalendar.fold(line);
        for (String physical : folded.split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void aFeedHasUidStampUtcTimesCrlfAndMarksCancelledSessions() {
        String ics = EventCalendar.feed(List.of(session("ld-1", "Literasi, Digital; <b>anak</b>", "Baris 1\nBaris 2", "Lab, Lt. 2", null),
                session("ld-2", "Bengkel", "", "", Instant.parse("2026-12-01T00:00:00Z"))),
                Instant.parse("2026-12-07T10:15:30Z"), "katalog.example", "id");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics).contains("UID:ld-1@katalog.example\r\n", "DTSTAMP:20261207T101530Z\r\n",
                "DTSTART:20261212T020000Z\r\n", "DTEND:20261212T040000Z\r\n",
                "SUMMARY:Literasi\\, Digital\\; <b>anak</b>\r\n", "DESCRIPTION:Baris 1\\nBaris 2\r\n",
                "LOCATION:Lab\\, Lt. 2\r\n", "STATUS:CONFIRMED\r\n", "UID:ld-2@katalog.example\r\n", "STATUS:CANCELLED\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).doesNotContain("hujan");
    }

    @Test
    void theEnglishFeedUsesTheEnglishTitles() {
        String ics = EventCalendar.feed(List.of(session("x", "Judul", "", "", null)), START, "h", "en");
        assertThat(ics).contains("SUMMARY:Title x\r\n").doesNotContain("SUMMARY:Judul");
    }
}
