package org.pustaka.kiosk.receipt;

import java.time.Clock;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.receipt.EventTicket;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.receipt.VisitSlip;
import org.pustaka.kiosk.visits.VisitBooking;

/**
 * The printed ticket of a sign-up (QR code of the registration id, for the door) and the slip of a
 * school-visit booking (QR code of the confirmation code), in the visitor's language, laid out by the
 * kiosk's receipt templates.
 */
public final class BookingReceipts {
    private final ReceiptTemplates templates;
    private final Clock clock;

    public BookingReceipts(ReceiptTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public Receipt ticket(Registration r, LibraryEvent e, String language) {
        return templates.eventTicket(new EventTicket(e.title().in(language), e.start().toInstant(), e.room(),
                r.id().toString(), r.code(), r.partySize(), r.waitlistPosition(), clock.instant()), language);
    }

    public Receipt slip(VisitBooking b, String language) {
        return templates.visitSlip(new VisitSlip(b.request().schoolName(), b.request().npsn(), b.request().teacherName(),
                b.slot().start().toInstant(), b.request().students(),
                b.request().grade() == null ? "" : templates.grade(b.request().grade(), language), b.code(), clock.instant()),
                language);
    }
}
