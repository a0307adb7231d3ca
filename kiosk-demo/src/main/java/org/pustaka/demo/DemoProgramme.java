package org.pustaka.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.pustaka.central.CentralService;
import org.pustaka.central.events.LibraryEvent;
import org.pustaka.central.store.Times;
import org.pustaka.central.visits.Slot;

/**
 * The library's programme as the demo shows it: the next weeks of Literasi Digital, Bengkel Penulisan
 * Kreatif and Diskusi Buku Bulanan, and school-visit slots, entered in the service as staff would. The
 * first workshop is already full (a writing club booked every seat), so the demo can show the waiting
 * list. Dates are relative to {@code today} in the library's zone.
 */
final class DemoProgramme {

    private DemoProgramme() {
    }

    static void enter(CentralService service, LocalDate today, ZoneId zone) throws SQLException {
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        for (int week = 0; week < 3; week++) {
            LocalDate day = saturday.plusWeeks(week);
            service.events().add(event("literasi-digital-anak-" + day, "literasi-digital",
                    "Literasi Digital untuk Anak", "Digital literacy for children",
                    "Mengenal internet yang aman dan mencari buku di katalog daring.",
                    "Safe internet use and finding books in the online catalogue.",
                    at(day, 9, zone), at(day, 11, zone), "Laboratorium Komputer, Lt. 2", "Anak 8-12 tahun", 8, 12, 20));
            service.events().add(event("literasi-digital-remaja-" + day, "literasi-digital",
                    "Literasi Digital untuk Remaja", "Digital literacy for teens",
                    "Memeriksa kabar bohong dan menulis dengan sumber.", "Checking hoaxes and writing with sources.",
                    at(day, 13, zone), at(day, 15, zone), "Laboratorium Komputer, Lt. 2", "Remaja 13-18 tahun", 13, 18, 20));
        }
        LocalDate sunday = saturday.plusDays(1);
        LibraryEvent workshop = event("bengkel-penulisan-kreatif-" + sunday, "bengkel-penulisan-kreatif",
                "Bengkel Penulisan Kreatif", "Creative writing workshop",
                "Menulis cerita pendek bersama penulis Malang.", "Writing short stories with a Malang author.",
                at(sunday, 9, zone), at(sunday, 12, zone), "Ruang Diskusi, Lt. 1", "Umum", 0, 0, 12);
        service.events().add(workshop);
        LocalDate lastFriday = today.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        LocalDate discussion = lastFriday.isAfter(today) ? lastFriday
                : today.plusMonths(1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        service.events().add(event("diskusi-buku-bulanan-" + discussion, "diskusi-buku-bulanan",
                "Diskusi Buku Bulanan: Bumi Manusia", "Monthly book discussion: Bumi Manusia",
                "Membicarakan novel Pramoedya Ananta Toer.", "Talking about Pramoedya Ananta Toer's novel.",
                at(discussion, 16, zone), at(discussion, 18, zone), "Ruang Baca Umum", "Umum", 0, 0, 30));
        fill(service, workshop, 12);
        for (int day = 1; day <= 14; day++) {
            LocalDate d = today.plusDays(day);
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            service.visits().addSlot(new Slot("ks-" + d + "-pagi", at(d, 9, zone), at(d, 11, zone),
                    "Ruang Anak, Lt. 1", 40, true));
        }
    }

    private static LibraryEvent event(String id, String series, String titleId, String titleEn, String descId,
                                      String descEn, Instant start, Instant end, String room, String audience,
                                      int ageMin, int ageMax, int capacity) {
        return new LibraryEvent(id, series, titleId, titleEn, descId, descEn, series, start, end, room, audience,
                ageMin, ageMax, capacity, true);
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    /** Every seat of {@code event} taken by one group, as a librarian would enter a club's booking. */
    private static void fill(CentralService service, LibraryEvent event, int seats) throws SQLException {
        try (Connection c = service.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO event_registration (registration_id, event_id, "
                     + "kiosk_id, member_id, guest_name, guest_phone, party_size, language, status, created_at) "
                     + "VALUES (?, ?, 'MEJA-LAYANAN', NULL, 'Klub Menulis SMA Negeri 3 Malang', '081234567890', ?, "
                     + "'id', 'CONFIRMED', ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, event.id());
            ps.setInt(3, seats);
            Times.set(ps, 4, Instant.now());
            ps.executeUpdate();
        }
    }
}
