package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;

class BasicReceiptComposerTest {
    private final VisitRecord visit = new VisitRecord("2024000123", List.of(
            new VisitLine(VisitLine.Kind.BORROW, new ItemOutcome("30000101", "Laskar Pelangi", ItemOutcome.Result.DONE,
                    LocalDate.of(2026, 12, 12), null, null, null)),
            new VisitLine(VisitLine.Kind.BORROW, new ItemOutcome("30000107", "Kamus Besar Bahasa Indonesia",
                    ItemOutcome.Result.REFUSED, null, Refusal.of(RefusalReason.ITEM_NOT_FOR_LOAN), null, null))),
            LocalDate.of(2026, 11, 28));

    @Test
    void listsEachItemWithItsDueDateOrReasonAndMasksTheCard() {
        String text = flat(new BasicReceiptComposer("Perpustakaan Kota Malang").compose(visit, "id"));
        assertThat(text).contains("Laskar Pelangi").contains("Sabtu, 12 Desember 2026").contains("******0123")
                .contains("hanya dibaca di perpustakaan").doesNotContain("2024000123");
    }

    @Test
    void speaksTheVisitorsLanguage() {
        String text = flat(new BasicReceiptComposer("Malang City Library").compose(visit, "en"));
        assertThat(text).contains("Saturday, 12 December 2026").contains("Thank you for visiting!");
    }

    /** The paper text with its line wrapping undone, so a sentence can be found whole. */
    private static String flat(Receipt receipt) {
        return ReceiptText.render(receipt, 48).replaceAll("\\s+", " ");
    }
}
