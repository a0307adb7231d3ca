package org.pustaka.kiosk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;

class ReceiptTemplatesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T11:05:00Z");
    private final ReceiptTemplates templates = new ReceiptTemplates(
            new ReceiptHeader("Perpustakaan Kota Malang", "Jl. Besar Ijen No. 30A, Malang", "MLG-01",
                    ZoneId.of("Asia/Jakarta")));

    private String text(VisitReceipt v, String lang) {
        return ReceiptText.render(templates.visit(v, lang), 48);
    }

    @Test
    void memberNumberIsMaskedAndNeverPrintedWhole() {
        String t = text(SampleReceipts.checkout(NOW, ZoneId.of("Asia/Jakarta")), "id");
        assertThat(t).contains("******0789").doesNotContain("2024000789");
    }

    @Test
    void rupiahInBothLanguagesAndLargeAmounts() {
        VisitReceipt v = new VisitReceipt(VisitKind.BORROW, "2024000555", NOW, List.of(), Money.rupiah(1_235_000));
        assertThat(text(v, "id")).contains("Rp 1.235.000");
        assertThat(text(v, "en")).contains("Rp 1,235,000");
        VisitReceipt none = new VisitReceipt(VisitKind.BORROW, "2024000123", NOW, List.of(), Money.ZERO);
        assertThat(text(none, "id")).doesNotContain("Denda ").contains("Tidak ada buku yang diproses.");
    }

    @Test
    void offlineNoticeOnlyWhenSomethingWasRecordedOffline() {
        ItemOutcome online = new ItemOutcome("30000113", "Filosofi Teras", ItemOutcome.Result.DONE,
                LocalDate.of(2026, 12, 12), null, null, null);
        ItemOutcome offline = new ItemOutcome("30000114", "Sang Pemimpi", ItemOutcome.Result.DONE_OFFLINE,
                LocalDate.of(2026, 12, 12), null, null, null);
        assertThat(text(new VisitReceipt(VisitKind.BORROW, "2024000123", NOW, List.of(online), null), "en"))
                .doesNotContain("offline");
        String both = text(new VisitReceipt(VisitKind.BORROW, "2024000123", NOW, List.of(online, offline), null), "en");
        assertThat(both).contains("Sang Pemimpi *");
        assertThat(both.replaceAll("\\s+", " "))
                .contains("recorded offline and will be sent to the library system when the connection returns");
    }

    @Test
    void refusalsUseTheirReasonOrTheLibrarysOwnWords() {
        ItemOutcome hold = new ItemOutcome("30000106", "Negeri 5 Menara", ItemOutcome.Result.REFUSED, null,
                Refusal.of(RefusalReason.ITEM_ON_HOLD_FOR_ANOTHER), null, null);
        ItemOutcome other = new ItemOutcome("30000110", "Atlas Indonesia dan Dunia", ItemOutcome.Result.REFUSED, null,
                new Refusal(RefusalReason.OTHER, "Item needs repair"), null, null);
        String t = text(new VisitReceipt(VisitKind.BORROW, "2024000321", NOW, List.of(hold, other), null), "id");
        assertThat(t).contains("Tidak diproses (2)", "  Buku ini dipesan anggota lain.", "  Item needs repair");
    }

    @Test
    void everyRefusalReasonHasATextInBothLanguages() {
        for (RefusalReason r : RefusalReason.values()) {
            assertThat(new ReceiptWords("id", ZoneId.of("Asia/Jakarta")).refusal(r)).isNotBlank();
            assertThat(new ReceiptWords("en", ZoneId.of("Asia/Jakarta")).refusal(r)).isNotBlank();
        }
    }

    @Test
    void returnsSayWhereEachBookGoes() {
        ItemOutcome bin = new ItemOutcome("30000116", "Pulang", ItemOutcome.Result.DONE, null, null,
                ItemOutcome.Instruction.SORT_BIN, "B");
        ItemOutcome staff = new ItemOutcome("30000117", "Hujan", ItemOutcome.Result.SEE_STAFF, null, null,
                ItemOutcome.Instruction.STAFF, null);
        String t = text(new VisitReceipt(VisitKind.RETURN, null, NOW, List.of(bin, staff), null), "en");
        assertThat(t).contains("Put it in bin B.", "See staff (1)", "Please take this book to the staff desk.")
                .doesNotContain("Member");
    }

    @Test
    void aWaitlistedSignUpGetsAWaitingListSlipThatAdmitsNobody() {
        EventTicket t = new EventTicket("Diskusi Buku Bulanan", NOW, "Aula", "15c89d03-1d10-4b57-8376-9e4ca1ad11a8",
                "AC-7QH4MX", 1, 3, NOW);
        String text = ReceiptText.render(templates.eventTicket(t, "id"), 32);
        assertThat(text).contains("SLIP DAFTAR TUNGGU", "Daftar tunggu nomor 3", "AC-7QH4MX")
                .doesNotContain("TIKET ACARA", "pintu masuk", "[QR", "15c89d03");
    }

    @Test
    void aTicketShowsTheShortCodeAndKeepsTheIdInsideTheQrCode() {
        EventTicket t = new EventTicket("Diskusi Buku Bulanan", NOW, "Aula", "15c89d03-1d10-4b57-8376-9e4ca1ad11a8",
                "AC-7QH4MX", 2, 0, NOW);
        String text = ReceiptText.render(templates.eventTicket(t, "id"), 32);
        assertThat(text).contains("TIKET ACARA", "AC-7QH4MX", "[QR 15c89d03-1d10-4b57-8376-9e4ca1ad11a8]");
        // the id is in the QR code only; no printed line carries it
        assertThat(text.lines().filter(l -> l.contains("15c89d03") && !l.startsWith("[QR"))).isEmpty();
        assertThat(text.lines()).allMatch(l -> l.startsWith("[QR") || l.length() <= 32);
    }

    @Test
    void unknownLanguageFallsBackToIndonesian() {
        String t = text(SampleReceipts.checkout(NOW, ZoneId.of("Asia/Jakarta")), "jv");
        assertThat(t).contains("BUKTI PEMINJAMAN");
    }
}
