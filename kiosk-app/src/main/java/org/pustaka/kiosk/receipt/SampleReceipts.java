package org.pustaka.kiosk.receipt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;

/**
 * Receipts from the demo library's data (patrons and titles of DEMO-DATA), for {@code kiosk receipt
 * sample}, the printer test page and the golden tests. Times are relative to {@code now} so a sample
 * printed today shows realistic due dates.
 */
public final class SampleReceipts {
    /** The demo library's loan period. */
    public static final int LOAN_DAYS = 14;

    private SampleReceipts() {
    }

    /** Dewi Lestari borrows two books; the dictionary is reference only; she owes Rp 7.500. */
    public static VisitReceipt checkout(Instant now, ZoneId zone) {
        LocalDate due = now.atZone(zone).toLocalDate().plusDays(LOAN_DAYS);
        return new VisitReceipt(VisitKind.BORROW, "2024000789", now, List.of(
                done("30000101", "Laskar Pelangi", due),
                done("30000108", "The Little Prince", due),
                new ItemOutcome("30000107", "Kamus Besar Bahasa Indonesia", ItemOutcome.Result.REFUSED, null,
                        Refusal.of(RefusalReason.ITEM_NOT_FOR_LOAN), null, null)),
                Money.rupiah(7_500));
    }

    /** Returns while the library system is offline: one plain, one for the hold shelf, one for staff. */
    public static VisitReceipt returnsOffline(Instant now) {
        return new VisitReceipt(VisitKind.RETURN, null, now, List.of(
                new ItemOutcome("30000111", "Si Kancil dan Buaya", ItemOutcome.Result.DONE_OFFLINE, null, null,
                        ItemOutcome.Instruction.NONE, null),
                new ItemOutcome("30000112", "Sejarah Kota Malang", ItemOutcome.Result.DONE, null, null,
                        ItemOutcome.Instruction.HOLD_SHELF, null),
                new ItemOutcome("30000105", "Belajar Bahasa Inggris: buku + CD", ItemOutcome.Result.REFUSED, null,
                        Refusal.of(RefusalReason.PARTS_MISSING), null, null)),
                Money.ZERO);
    }

    /** Siti Rahayu renews her two loans; the second has reached the renewal limit. */
    public static VisitReceipt renewal(Instant now, ZoneId zone) {
        LocalDate due = now.atZone(zone).toLocalDate().plusDays(LOAN_DAYS);
        return new VisitReceipt(VisitKind.RENEW, "2024000123", now, List.of(
                done("30000111", "Si Kancil dan Buaya", due),
                new ItemOutcome("30000112", "Sejarah Kota Malang", ItemOutcome.Result.REFUSED, null,
                        Refusal.of(RefusalReason.RENEWAL_LIMIT_REACHED), null, null)),
                Money.ZERO);
    }

    /** A confirmed sign-up for two people to a class three days from now at 09.00. */
    public static EventTicket eventTicket(Instant now, ZoneId zone) {
        return new EventTicket("Literasi Digital untuk Remaja", at(now, zone, 3, 9), "Ruang Multimedia",
                "5f0c2a8e-3b1d-4c7a-9e21-7d4b6a90c342", "AC-7QH4MX", 2, 0, now);
    }

    /** A primary school class visiting ten days from now at 08.30. */
    public static VisitSlip visitSlip(Instant now, ZoneId zone) {
        return new VisitSlip("SD Negeri Kauman 1 Malang", "20533777", "Ibu Sri Wahyuni",
                at(now, zone, 10, 8).plus(Duration.ofMinutes(30)), 32, "4", "KS-7Q4M2", now);
    }

    private static Instant at(Instant now, ZoneId zone, int days, int hour) {
        return now.atZone(zone).toLocalDate().plusDays(days).atTime(hour, 0).atZone(zone).toInstant();
    }

    private static ItemOutcome done(String id, String title, LocalDate due) {
        return new ItemOutcome(id, title, ItemOutcome.Result.DONE, due, null, ItemOutcome.Instruction.NONE, null);
    }
}
