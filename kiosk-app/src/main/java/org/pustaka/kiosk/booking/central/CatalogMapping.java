package org.pustaka.kiosk.booking.central;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.booking.Sentence;
import org.pustaka.kiosk.hub.CancellationPayload;
import org.pustaka.kiosk.hub.RegistrationPayload;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.catalog.api.CatalogEvent;
import org.pustaka.catalog.api.LocalizedText;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * Between the kiosk's event and visit records and the central catalog API's
 * ({@code org.pustaka.catalog.api}), including the outbox payloads the hub's sender delivers: kind
 * {@code registration} holds a {@link RegistrationPayload}, {@code registration-cancel} a
 * {@link CancellationPayload}, {@code visit} a {@link VisitBookingRequest}.
 */
public final class CatalogMapping {
    private final ZoneId zone;

    public CatalogMapping(ZoneId zone) {
        this.zone = zone;
    }

    public LibraryEvent event(CatalogEvent e) {
        EventCategory category = EventCategory.parse(e.series());
        if (category == EventCategory.OTHER) {
            category = EventCategory.parse(e.category());
        }
        Audience audience = Audience.parse(e.audience());
        if (audience == Audience.EVERYONE) {
            audience = Audience.forAges(e.ageMin(), e.ageMax());
        }
        return new LibraryEvent(e.id(), sentence(e.title()), sentence(e.description()), category,
                e.start().atZoneSameInstant(zone), e.end().atZoneSameInstant(zone), e.room(), audience, e.ageMin(),
                e.ageMax(), Math.max(1, e.capacity()), e.seatsLeft());
    }

    public VisitSlot slot(org.pustaka.catalog.api.VisitSlot s) {
        return new VisitSlot(s.id(), s.start().atZoneSameInstant(zone), s.end().atZoneSameInstant(zone), s.room(),
                Math.max(1, s.capacity()), s.available());
    }

    public List<VisitSlot> slots(List<org.pustaka.catalog.api.VisitSlot> slots) {
        return slots.stream().map(this::slot).toList();
    }

    public static RegistrationPayload registration(Registration r, String language) {
        String member = r.registrant() instanceof Registrant.Member m ? m.memberId() : null;
        String name = r.registrant() instanceof Registrant.Guest g ? g.name() : null;
        String phone = r.registrant() instanceof Registrant.Guest g ? g.phone() : null;
        return new RegistrationPayload(r.id(), r.eventId(), member, name, phone, r.partySize(), language);
    }

    public static VisitBookingRequest booking(VisitBooking b) {
        VisitRequest r = b.request();
        return new VisitBookingRequest(b.id(), b.slot().id(), r.schoolName(), r.npsn(), r.teacherName(), r.phone(),
                r.email(), r.students(), r.grade().name(), r.notes());
    }

    /** A booking the catalog knows but this kiosk did not take: what the teacher needs to see. */
    public VisitBooking booking(org.pustaka.catalog.api.VisitBooking b) {
        GradeLevel grade;
        try {
            grade = GradeLevel.valueOf(b.grade());
        } catch (RuntimeException e) {
            grade = null;
        }
        VisitSlot slot = slot(b.slot());
        BookingStatus status = "CANCELLED".equalsIgnoreCase(b.status()) ? BookingStatus.CANCELLED : BookingStatus.CONFIRMED;
        return new VisitBooking(b.id(), b.confirmationCode(), slot.withFree(false), new VisitRequest(slot.id(),
                b.schoolName(), b.npsn(), b.teacherName(), "", "", b.students(), grade, ""), status, List.of(),
                Instant.EPOCH, "");
    }

    public static String json(Object payload) {
        return ApiJson.text(payload);
    }

    private static Sentence sentence(LocalizedText t) {
        return new Sentence(t.in("id"), t.in("en"));
    }
}
