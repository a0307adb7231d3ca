package org.pustaka.kiosk.ui;

import java.util.concurrent.Executor;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.ui.visits.VisitBookingScreen;

/**
 * School visits (Kunjungan Sekolah): a teacher picks a free slot and books it, or looks a booking up by
 * its code. A booking counts as something done on the visit; the slip is printed when the printer can.
 */
final class SchoolVisitScreen extends BookingScreen<VisitBookingScreen> {

    SchoolVisitScreen(KioskContext kiosk) {
        super(kiosk, Activity.SCHOOL_VISIT, "school-visit", VisitBookingScreen::open);
    }

    @Override
    VisitBookingScreen create(Texts t, Executor worker, boolean printable) {
        Bookings bookings = kiosk.bookings();
        return new VisitBookingScreen(bookings.visits(), t, worker,
                printable ? booking -> print(() -> bookings.receipts().slip(booking, t.language())) : null,
                this::exit).onRecorded(this::recorded);
    }
}
