package org.pustaka.kiosk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/** A school-visit slip names the class's grade level in the slip's language, or leaves the line out. */
class BookingReceiptsTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final BookingReceipts receipts = new BookingReceipts(new ReceiptTemplates(new ReceiptHeader(
            "Perpustakaan Kota Malang", "", "MLG-01", WIB)), Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), WIB));

    @Test
    void theSlipNamesTheGradeLevelInItsLanguage() {
        VisitBooking b = booking(GradeLevel.SD_HIGH);
        assertThat(slip(b, "id")).contains("Kelas").contains("SD / MI kelas 4-6");
        assertThat(slip(b, "en")).contains("Grade").contains("Primary, grades 4-6").doesNotContain("SD / MI");
    }

    @Test
    void everyGradeLevelHasItsOwnWordsInEachLanguage() {
        ReceiptTemplates templates = new ReceiptTemplates(new ReceiptHeader("P", "", "", WIB));
        for (GradeLevel g : GradeLevel.values()) {
            String id = templates.grade(g, "id");
            String en = templates.grade(g, "en");
            assertThat(id).as(g.name()).isNotBlank().isNotEqualTo(en);
            assertThat(slip(booking(g), "en")).as(g.name()).contains(en);
        }
    }

    @Test
    void noGradeLevelNoGradeLine() {
        assertThat(slip(booking(null), "id")).doesNotContain("Kelas");
    }

    private String slip(VisitBooking b, String language) {
        return ReceiptText.render(receipts.slip(b, language), 48);
    }

    private static VisitBooking booking(GradeLevel grade) {
        VisitSlot slot = new VisitSlot("S1", ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, WIB),
                ZonedDateTime.of(2026, 12, 1, 10, 30, 0, 0, WIB), "Ruang Baca Anak", 40, false);
        VisitRequest r = new VisitRequest("S1", "SD Negeri Kauman 1 Malang", "20533844", "Ibu Rina Kartika",
                "+62341551234", "", 28, grade, "");
        return new VisitBooking(UUID.randomUUID(), "KS-7QH4", slot, r, BookingStatus.CONFIRMED, List.of(),
                Instant.parse("2026-11-28T02:00:00Z"), "");
    }
}
