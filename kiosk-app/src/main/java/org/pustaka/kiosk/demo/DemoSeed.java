package org.pustaka.kiosk.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.booking.Sentence;
import org.pustaka.kiosk.events.EventStore;
import org.pustaka.kiosk.visits.VisitStore;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * The local programme when no central catalog is configured: six weeks of the three event series and a
 * term (twelve weeks) of school-visit slots, dated from today so the demo always has something ahead.
 * Ids are derived from the dates, and only missing ids are added, so seeding again never resets seats.
 * The first creative-writing workshop comes fully booked by a writing club, so the waitlist shows.
 */
public final class DemoSeed {
    static final int WEEKS = 6;
    static final int TERM_WEEKS = 12;

    private DemoSeed() {
    }

    public static void seed(EventStore events, VisitStore visits, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<LibraryEvent> missing = events(today, zone).stream().filter(e -> events.event(e.id()).isEmpty()).toList();
        events.saveEvents(missing);
        missing.stream().filter(e -> e.category() == EventCategory.BENGKEL_PENULISAN).findFirst()
                .ifPresent(e -> fill(events, e, clock));
        List<VisitSlot> slots = slots(today, zone);
        var known = visits.slots(slots.get(0).start().toInstant(), slots.get(slots.size() - 1).end().toInstant())
                .stream().map(VisitSlot::id).toList();
        visits.saveSlots(slots.stream().filter(s -> !known.contains(s.id())).toList());
    }

    static List<LibraryEvent> events(LocalDate today, ZoneId zone) {
        List<LibraryEvent> out = new ArrayList<>();
        LocalDate saturday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        for (int w = 0; w < WEEKS; w++) {
            LocalDate sat = saturday.plusWeeks(w);
            out.add(event("LD-ANAK-" + sat, EventCategory.LITERASI_DIGITAL, sat, 9, 0, 120,
                    new Sentence("Literasi Digital untuk Anak", "Digital Literacy for Children"),
                    new Sentence("Belajar mencari informasi dengan aman di internet, mengenali hoaks dan membuat "
                            + "presentasi sederhana. Laptop disediakan perpustakaan.",
                            "Learn to search the internet safely, spot hoaxes and make a simple presentation. "
                                    + "The library provides the laptops."),
                    "Laboratorium Komputer, Lt. 2", Audience.CHILDREN, 7, 12, 20, zone));
            out.add(event("LD-REMAJA-" + sat, EventCategory.LITERASI_DIGITAL, sat, 13, 0, 120,
                    new Sentence("Literasi Digital untuk Remaja", "Digital Literacy for Teens"),
                    new Sentence("Membuat konten kreatif yang bertanggung jawab, menjaga privasi dan memeriksa fakta.",
                            "Make creative content responsibly, protect your privacy and check the facts."),
                    "Laboratorium Komputer, Lt. 2", Audience.TEENS, 13, 17, 20, zone));
            if (w % 2 == 0) {
                LocalDate sunday = sat.plusDays(1);
                out.add(event("BPK-" + sunday, EventCategory.BENGKEL_PENULISAN, sunday, 9, 0, 180,
                        new Sentence("Bengkel Penulisan Kreatif", "Creative Writing Workshop"),
                        new Sentence("Menulis cerpen dan puisi bersama penulis dari komunitas sastra Malang. "
                                + "Bawa buku tulis; naskah terbaik dipajang di perpustakaan.",
                                "Write short stories and poems with writers from Malang's literary community. "
                                        + "Bring a notebook; the best pieces are shown in the library."),
                        "Ruang Diskusi, Lt. 1", Audience.TEENS_AND_ADULTS, 15, 0, 12, zone));
            }
        }
        for (int m = 0; m < 2; m++) {
            LocalDate lastFriday = today.plusMonths(m).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
            if (lastFriday.isAfter(today)) {
                out.add(event("DBB-" + lastFriday, EventCategory.DISKUSI_BUKU, lastFriday, 16, 0, 120,
                        new Sentence("Diskusi Buku Bulanan", "Monthly Book Discussion"),
                        new Sentence("Membahas buku pilihan bulan ini bersama pembaca lain. Bukunya bisa dipinjam "
                                + "di meja layanan.",
                                "Talk about this month's chosen book with other readers. Borrow it at the desk."),
                        "Aula, Lt. 1", Audience.ADULTS, 17, 0, 30, zone));
            }
        }
        return out;
    }

    static List<VisitSlot> slots(LocalDate today, ZoneId zone) {
        List<VisitSlot> out = new ArrayList<>();
        LocalDate monday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int w = 0; w < TERM_WEEKS; w++) {
            for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
                LocalDate d = monday.plusWeeks(w).with(TemporalAdjusters.nextOrSame(day));
                out.add(slot(d, 9, 0, zone));
                out.add(slot(d, 13, 0, zone));
            }
        }
        return out;
    }

    private static VisitSlot slot(LocalDate d, int hour, int minute, ZoneId zone) {
        ZonedDateTime start = ZonedDateTime.of(d, LocalTime.of(hour, minute), zone);
        return new VisitSlot("KS-SLOT-" + d + "-" + String.format("%02d%02d", hour, minute), start,
                start.plusMinutes(90), "Ruang Baca Anak, Lt. 1", 40, true);
    }

    private static LibraryEvent event(String id, EventCategory category, LocalDate day, int hour, int minute,
                                      int minutes, Sentence title, Sentence description, String room,
                                      Audience audience, int minAge, int maxAge, int capacity, ZoneId zone) {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(hour, minute), zone);
        return new LibraryEvent(id, title, description, category, start, start.plusMinutes(minutes), room, audience,
                minAge, maxAge, capacity, capacity);
    }

    /** The writing club that books the first workshop out, two seats per member. */
    private static void fill(EventStore events, LibraryEvent e, Clock clock) {
        String[] names = {"Ayu Lestari", "Bagus Pratama", "Citra Dewi", "Dimas Saputra", "Eka Wulandari", "Fajar Nugroho"};
        for (int i = 0; i < names.length; i++) {
            Registrant guest = new Registrant.Guest(names[i], "+62812330010" + i);
            events.changeRoster(e.id(), roster -> roster.signUp(UUID.randomUUID(), guest, 2, clock.instant()));
        }
    }
}
