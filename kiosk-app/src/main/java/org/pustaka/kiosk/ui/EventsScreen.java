package org.pustaka.kiosk.ui;

import java.util.concurrent.Executor;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.ui.events.EventSignUpScreen;

/**
 * Events (Acara): the upcoming events and the sign-up, for a guest or, once the card is scanned, the
 * identified member, whose number goes with the sign-up. A sign-up counts as something done on the
 * visit; the ticket is printed when the printer can.
 */
final class EventsScreen extends BookingScreen<EventSignUpScreen> {

    EventsScreen(KioskContext kiosk) {
        super(kiosk, Activity.EVENTS, "events", EventSignUpScreen::open);
    }

    @Override
    EventSignUpScreen create(Texts t, Executor worker, boolean printable) {
        Bookings bookings = kiosk.bookings();
        return new EventSignUpScreen(bookings.events(), t, worker,
                () -> kiosk.session().patron().map(PatronIdentity::patronId),
                printable ? done -> print(() -> bookings.receipts().ticket(done.registration(), done.event(), t.language()))
                        : null,
                this::exit).onRecorded(this::recorded);
    }
}
