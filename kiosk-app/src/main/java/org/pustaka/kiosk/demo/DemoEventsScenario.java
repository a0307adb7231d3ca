package org.pustaka.kiosk.demo;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.events.WhenText;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.receipt.ReceiptHeader;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.visits.BookingResult;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;
import org.pustaka.kiosk.compose.BookingDesks;
import org.pustaka.kiosk.receipt.BookingReceipts;

/**
 * The events and school-visit part of the headless demo: a member signs up for an event, a guest joins
 * the waitlist of a full one, a teacher books a school visit, gets a code and a slip, and looks the
 * booking up by the code. Each step is printed with the ticket and slip text as the printer lays it out.
 */
public final class DemoEventsScenario {
    static final String DEMO_MEMBER = "20240001";
    private static final int PAPER_COLUMNS = 32;

    private final BookingDesks desks;
    private final BookingReceipts receipts;
    private final String language;

    public DemoEventsScenario(BookingDesks desks, BookingReceipts receipts, String language) {
        this.desks = desks;
        this.receipts = receipts;
        this.language = language;
    }

    /** The hook for {@code kiosk demo --headless} in local mode (no central catalog). */
    public static int run(KioskConfig config, Database db, PrintWriter out) {
        return run(config, db, null, out);
    }

    /**
     * The hook for {@code kiosk demo --headless}: builds the desks from {@code config} over {@code db}
     * ({@code client} is the central catalog client when {@code catalog.url} is set, else null) and runs.
     */
    public static int run(KioskConfig config, Database db, CentralCatalogClient client, PrintWriter out) {
        Clock clock = Clock.system(config.kiosk().zone());
        BookingDesks desks = BookingDesks.create(config, db, clock, client);
        ReceiptHeader header = new ReceiptHeader(config.kiosk().libraryName(), config.kiosk().libraryAddress(),
                config.kiosk().id(), config.kiosk().zone());
        return new DemoEventsScenario(desks, new BookingReceipts(new ReceiptTemplates(header), clock),
                config.kiosk().defaultLanguage()).run(out);
    }

    /** Runs the steps; 0 when each did what the demo shows, 1 otherwise. */
    public int run(PrintWriter out) {
        List<LibraryEvent> events = desks.events().upcoming();
        step(out, "upcoming events: " + events.size());
        events.stream().limit(5).forEach(e -> step(out, "  " + describe(e)));
        Optional<LibraryEvent> open = events.stream().filter(e -> e.category() == EventCategory.LITERASI_DIGITAL
                && e.seatsLeft() >= 2).findFirst().or(() -> events.stream().filter(e -> e.seatsLeft() >= 2).findFirst());
        boolean ok = open.isPresent();
        if (open.isPresent()) {
            ok &= report(out, "member " + org.pustaka.privacy.PatronMask.mask(DEMO_MEMBER) + " signs up, party of 2",
                    desks.events().signUp(new SignUpRequest(open.get().id(), new Registrant.Member(DEMO_MEMBER), 2,
                            language)));
        } else {
            step(out, "no event with seats left to sign up for");
        }
        Optional<LibraryEvent> full = events.stream().filter(LibraryEvent::isFull).findFirst();
        if (full.isPresent()) {
            ok &= report(out, "guest Sari Wulandari (0812-3456-7890) asks for the full event " + full.get().title().in(language),
                    desks.events().signUp(new SignUpRequest(full.get().id(),
                            new Registrant.Guest("Sari Wulandari", "0812-3456-7890"), 1, language)));
        } else {
            step(out, "no full event right now, so no waitlist to join");
        }
        return visit(out) && ok ? 0 : 1;
    }

    private boolean visit(PrintWriter out) {
        List<VisitSlot> slots = desks.visits().freeSlots();
        step(out, "free school-visit slots: " + slots.size());
        if (slots.isEmpty()) {
            return false;
        }
        VisitSlot slot = slots.get(0);
        step(out, "teacher books " + WhenText.of(slot.start(), slot.end(), language) + " in " + slot.room());
        BookingResult result = desks.visits().book(new VisitRequest(slot.id(), "SD Negeri Kauman 1 Malang", "20533844",
                "Ibu Rina Kartika", "0341 551234", "rina.kartika@example.sch.id", 28, GradeLevel.SD_HIGH,
                "Dua siswa memakai kursi roda; mohon ruang di lantai 1."));
        if (result instanceof BookingResult.Refused r) {
            r.problems().forEach(p -> step(out, "  refused: " + p.message().in(language)));
            return false;
        }
        VisitBooking booking = ((BookingResult.Booked) result).booking();
        step(out, "booked: code " + booking.code() + ", " + booking.status());
        out.print(ReceiptText.render(receipts.slip(booking, language), PAPER_COLUMNS));
        String typed = booking.code().toLowerCase().replace("-", " ");
        Optional<VisitBooking> found = desks.visits().lookUp(typed);
        step(out, "look-up by \"" + typed + "\": " + found.map(b -> b.code() + " " + b.status() + " for "
                + b.request().schoolName()).orElse("not found"));
        return found.isPresent();
    }

    private boolean report(PrintWriter out, String what, RegistrationResult result) {
        step(out, what);
        if (result instanceof RegistrationResult.Done d) {
            step(out, "  -> " + d.registration().status()
                    + (d.registration().waitlistPosition() > 0 ? " at position " + d.registration().waitlistPosition() : "")
                    + ", " + d.event().seatsLeft() + " seats left");
            out.print(ReceiptText.render(receipts.ticket(d.registration(), d.event(), language), PAPER_COLUMNS));
            return true;
        }
        for (Problem p : ((RegistrationResult.Refused) result).problems()) {
            step(out, "  refused: " + p.message().in(language));
        }
        return false;
    }

    private String describe(LibraryEvent e) {
        return e.title().in(language) + " | " + WhenText.of(e.start(), e.end(), language) + " | " + e.room()
                + " | " + e.seatsLeft() + "/" + e.capacity() + " seats left";
    }

    private static void step(PrintWriter out, String text) {
        out.println("[demo] " + text);
        out.flush();
    }
}
