package org.pustaka.kiosk.demo;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.events.WhenText;
import org.pustaka.privacy.PatronMask;
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
 * the waitlist of a full one, the member signs up for a second event and cancels, a teacher books a
 * school visit, gets a code and a slip, and looks the booking up by the code. Each step is printed with
 * the ticket and slip text as the printer lays it out.
 */
public final class DemoEventsScenario {
    static final String DEMO_MEMBER = "20240001";
    private static final int PAPER_COLUMNS = 32;

    /** How often a listing that came back empty from the central catalog is asked for in all. */
    static final int LISTING_TRIES = 4;
    /** The pause before asking again when the catalog named no wait (a lost answer, say). */
    static final Duration LISTING_PAUSE = Duration.ofSeconds(1);
    /** Asking again exactly at the moment the catalog named could still find the wait in force. */
    private static final long PAST_THE_WAIT_MILLIS = 250;

    private final BookingDesks desks;
    private final BookingReceipts receipts;
    private final String language;
    private final Supplier<Optional<Duration>> catalogWait;

    /**
     * {@code catalogWait} says how long to wait before asking the central catalog again for a listing that
     * came back empty (its {@code Retry-After} if it asked for one); empty when there is no catalog.
     */
    public DemoEventsScenario(BookingDesks desks, BookingReceipts receipts, String language,
                              Supplier<Optional<Duration>> catalogWait) {
        this.desks = desks;
        this.receipts = receipts;
        this.language = language;
        this.catalogWait = catalogWait;
    }

    /**
     * The hook for {@code kiosk demo --headless}: builds the desks from {@code config} over {@code db}
     * ({@code client} is the central catalog client when {@code catalog.url} is set, else null) and runs.
     */
    public static int run(KioskConfig config, Database db, CentralCatalogClient client, PrintWriter out) {
        Clock clock = Clock.system(config.kiosk().zone());
        BookingDesks desks = BookingDesks.forDemo(config, db, clock, client);
        ReceiptHeader header = new ReceiptHeader(config.kiosk().libraryName(), config.kiosk().libraryAddress(),
                config.kiosk().id(), config.kiosk().zone());
        return new DemoEventsScenario(desks, new BookingReceipts(new ReceiptTemplates(header), clock),
                config.kiosk().defaultLanguage(), client == null ? Optional::empty
                : () -> Optional.of(client.waitAsked().orElse(LISTING_PAUSE))).run(out);
    }

    /** Runs the steps; 0 when each did what the demo shows, 1 otherwise. */
    public int run(PrintWriter out) {
        List<LibraryEvent> events = listed(out, () -> desks.events().upcoming());
        step(out, "upcoming events: " + events.size());
        events.stream().limit(5).forEach(e -> step(out, "  " + describe(e)));
        Optional<LibraryEvent> open = events.stream().filter(e -> e.category() == EventCategory.LITERASI_DIGITAL
                && e.seatsLeft() >= 2).findFirst().or(() -> events.stream().filter(e -> e.seatsLeft() >= 2).findFirst());
        boolean ok = open.isPresent();
        if (open.isPresent()) {
            ok &= report(out, "member " + PatronMask.mask(DEMO_MEMBER) + " signs up, party of 2",
                    desks.events().signUp(new SignUpRequest(open.get().id(), new Registrant.Member(DEMO_MEMBER), 2,
                            language)));
            ok &= changeOfPlans(out, events, open.get());
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

    /** The member signs up for a second event and then cancels that sign-up, which frees the seat again. */
    private boolean changeOfPlans(PrintWriter out, List<LibraryEvent> events, LibraryEvent kept) {
        Optional<LibraryEvent> other = events.stream().filter(e -> !e.id().equals(kept.id()) && e.seatsLeft() >= 1)
                .findFirst();
        if (other.isEmpty()) {
            step(out, "no second event with seats left, so no sign-up to cancel");
            return true;
        }
        RegistrationResult signed = desks.events().signUp(new SignUpRequest(other.get().id(),
                new Registrant.Member(DEMO_MEMBER), 1, language));
        step(out, "member signs up for " + other.get().title().in(language) + ", then cancels");
        if (!(signed instanceof RegistrationResult.Done d)) {
            return report(out, "  the sign-up", signed);
        }
        RegistrationResult cancelled = desks.events().cancel(d.registration().id(), DEMO_MEMBER);
        if (cancelled instanceof RegistrationResult.Done c) {
            step(out, "  -> " + c.registration().status());
            return true;
        }
        return report(out, "  the cancellation", cancelled);
    }

    /**
     * A listing, asked again while it is empty and a central catalog is configured: an empty list is most
     * often the catalog failing to answer (a {@code 503} with {@code Retry-After}, a lost answer), and the
     * demo waits as long as it was asked (a second otherwise) instead of showing nothing. Without a
     * catalog the first answer stands.
     */
    private <T> List<T> listed(PrintWriter out, Supplier<List<T>> listing) {
        List<T> items = listing.get();
        for (int i = 1; i < LISTING_TRIES && items.isEmpty(); i++) {
            Optional<Duration> wait = catalogWait.get();
            if (wait.isEmpty()) {
                break;
            }
            step(out, "nothing listed yet; asking the central catalog again in " + Math.max(1, wait.get().toSeconds())
                    + " s");
            try {
                Thread.sleep(wait.get().toMillis() + PAST_THE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            items = listing.get();
        }
        return items;
    }

    private boolean visit(PrintWriter out) {
        List<VisitSlot> slots = listed(out, () -> desks.visits().freeSlots());
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
