package org.pustaka.central.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pustaka.catalog.api.ApiError;
import org.pustaka.catalog.api.CatalogEvent;
import org.pustaka.catalog.api.LocalizedText;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.VisitBooking;
import org.pustaka.catalog.api.VisitSlot;
import org.pustaka.central.events.EventSeats;
import org.pustaka.central.events.LibraryEvent;
import org.pustaka.central.events.RegistrationOutcome;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.visits.Booking;
import org.pustaka.central.visits.Slot;

/**
 * The core's records as the API's shared records ({@code org.pustaka.catalog.api}, the kiosk's too) for the
 * kiosk, event and visit operations; circulation in {@link CirculationMapping}. Event and slot times carry the
 * library's offset, as the API document says; {@link ApiJson} writes them with seconds.
 */
final class ApiMapping {
    private ApiMapping() {
    }

    static Instant now(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS);
    }

    static OffsetDateTime local(Instant t, ZoneId zone) {
        return t.atZone(zone).toOffsetDateTime();
    }

    static ApiError error(Refused r, ZoneId zone) {
        List<VisitSlot> slots = r.alternatives().stream()
                .filter(Slot.class::isInstance).map(Slot.class::cast).map(s -> slot(s, zone)).toList();
        return new ApiError(r.code(), new LocalizedText(r.messageId(), r.messageEn()), slots);
    }

    static ApiError error(String code, String id, String en) {
        return ApiError.of(code, id, en);
    }

    static CatalogEvent event(EventSeats s, ZoneId zone) {
        LibraryEvent e = s.event();
        return new CatalogEvent(e.id(), e.series(), new LocalizedText(e.titleId(), e.titleEn()),
                new LocalizedText(e.descriptionId(), e.descriptionEn()), e.category(), local(e.start(), zone),
                local(e.end(), zone), e.room(), e.audience(), e.ageMin(), e.ageMax(), e.capacity(),
                Math.max(0, s.seatsLeft()), e.waitlist());
    }

    static RegistrationResult registration(RegistrationOutcome o) {
        return new RegistrationResult(o.registrationId(), o.eventId(), RegistrationStatus.valueOf(o.status()),
                o.waitlistPosition() == null ? 0 : o.waitlistPosition(), Math.max(0, o.seatsLeft()));
    }

    static VisitSlot slot(Slot s, ZoneId zone) {
        return new VisitSlot(s.id(), local(s.start(), zone), local(s.end(), zone), s.room(), s.capacity(), s.available());
    }

    static VisitBooking booking(Booking b, ZoneId zone) {
        return new VisitBooking(b.id(), b.confirmationCode(), b.slot() == null ? null : slot(b.slot(), zone),
                b.schoolName(), b.npsn(), b.teacherName(), b.students(), b.grade(), b.status());
    }

}
