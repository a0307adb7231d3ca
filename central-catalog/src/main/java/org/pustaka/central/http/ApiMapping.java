package org.pustaka.central.http;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pustaka.central.events.EventSeats;
import org.pustaka.central.events.LibraryEvent;
import org.pustaka.central.events.RegistrationOutcome;
import org.pustaka.central.http.api.ApiError;
import org.pustaka.central.http.api.Event;
import org.pustaka.central.http.api.LocalizedText;
import org.pustaka.central.http.api.RegistrationResult;
import org.pustaka.central.http.api.VisitBooking;
import org.pustaka.central.http.api.VisitSlot;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.visits.Booking;
import org.pustaka.central.visits.Slot;

/**
 * The core's records as the API's answer records (kiosk, events, visits; circulation in
 * {@link CirculationMapping}). Instants go out in UTC with seconds; event and slot times with the
 * library's offset, as the API document says.
 */
final class ApiMapping {
    private static final DateTimeFormatter OFFSET_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private ApiMapping() {
    }

    static String instant(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    static String local(Instant t, ZoneId zone) {
        return OFFSET_SECONDS.format(t.atZone(zone));
    }

    static ApiError error(Refused r, ZoneId zone) {
        List<VisitSlot> slots = r.alternatives().isEmpty() ? null : r.alternatives().stream()
                .filter(Slot.class::isInstance).map(Slot.class::cast).map(s -> slot(s, zone)).toList();
        return new ApiError(r.code(), new LocalizedText(r.messageId(), r.messageEn()), slots);
    }

    static ApiError error(String code, String id, String en) {
        return new ApiError(code, new LocalizedText(id, en), null);
    }

    static Event event(EventSeats s, ZoneId zone) {
        LibraryEvent e = s.event();
        return new Event(e.id(), e.series(), new LocalizedText(e.titleId(), e.titleEn()),
                new LocalizedText(e.descriptionId(), e.descriptionEn()), e.category(), local(e.start(), zone),
                local(e.end(), zone), e.room(), e.audience(), e.ageMin(), e.ageMax(), e.capacity(),
                Math.max(0, s.seatsLeft()), e.waitlist());
    }

    static RegistrationResult registration(RegistrationOutcome o) {
        return new RegistrationResult(o.registrationId().toString(), o.eventId(), o.status(), o.waitlistPosition(),
                Math.max(0, o.seatsLeft()));
    }

    static VisitSlot slot(Slot s, ZoneId zone) {
        return new VisitSlot(s.id(), local(s.start(), zone), local(s.end(), zone), s.room(), s.capacity(), s.available());
    }

    static VisitBooking booking(Booking b, ZoneId zone) {
        return new VisitBooking(b.id().toString(), b.confirmationCode(), b.slot() == null ? null : slot(b.slot(), zone),
                b.schoolName(), b.npsn(), b.teacherName(), b.students(), b.grade(), b.status());
    }
}
