package org.pustaka.catalog.api.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pustaka.catalog.api.ApiError;
import org.pustaka.catalog.api.CatalogEvent;
import org.pustaka.catalog.api.EventList;
import org.pustaka.catalog.api.LocalizedText;
import org.pustaka.catalog.api.RegistrationRequest;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.SlotList;
import org.pustaka.catalog.api.VisitBooking;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.catalog.api.VisitSlot;

/**
 * Events with seats and waiting lists, and school-visit slots with bookings, in memory. A cancellation
 * gives its seats to the first waiting registrations that fit. Repeats of a registration or booking id
 * are answered by the caller from its idempotency store, so this class applies each id once.
 */
final class SimEvents {
    private final Map<String, CatalogEvent> events = new LinkedHashMap<>();
    private final Map<String, Integer> seatsLeft = new HashMap<>();
    private final Map<String, List<Registration>> waitlists = new HashMap<>();
    private final Map<UUID, Registration> registrations = new HashMap<>();
    private final Map<String, VisitSlot> slots = new LinkedHashMap<>();
    private final Map<String, VisitBooking> bookingsByCode = new HashMap<>();
    private int bookingSeq;

    private static final class Registration {
        final UUID id;
        final String eventId;
        final int partySize;
        RegistrationStatus status;

        Registration(UUID id, String eventId, int partySize, RegistrationStatus status) {
            this.id = id;
            this.eventId = eventId;
            this.partySize = partySize;
            this.status = status;
        }
    }

    SimEvents(SimSeed seed, LocalDate from) {
        for (CatalogEvent e : seed.events(from)) {
            events.put(e.id(), e);
            seatsLeft.put(e.id(), e.capacity());
            waitlists.put(e.id(), new ArrayList<>());
        }
        for (VisitSlot s : seed.slots(from)) {
            slots.put(s.id(), s);
        }
    }

    synchronized EventList events(LocalDate from, LocalDate to) {
        List<CatalogEvent> out = new ArrayList<>();
        for (CatalogEvent e : events.values()) {
            LocalDate d = e.start().toLocalDate();
            if (!d.isBefore(from) && !d.isAfter(to)) {
                out.add(withSeats(e));
            }
        }
        return new EventList(out);
    }

    synchronized void setSeatsLeft(String eventId, int seats) {
        seatsLeft.put(eventId, seats);
    }

    synchronized List<String> eventIds() {
        return List.copyOf(events.keySet());
    }

    synchronized SimAnswer register(String eventId, RegistrationRequest r) {
        CatalogEvent e = events.get(eventId);
        if (e == null) {
            return SimAnswer.error(404, "EVENT_UNKNOWN", "Acara tidak ditemukan.", "No such event.");
        }
        if (r.memberId() == null && (r.guestName() == null || r.guestPhone() == null)) {
            return SimAnswer.error(422, "INVALID_REQUEST", "Isi nomor anggota atau nama dan telepon tamu.",
                    "Give a member number or a guest name and phone.");
        }
        int left = seatsLeft.get(eventId);
        Registration reg;
        if (left >= r.partySize()) {
            seatsLeft.put(eventId, left - r.partySize());
            reg = new Registration(r.id(), eventId, r.partySize(), RegistrationStatus.CONFIRMED);
        } else if (e.waitlist()) {
            reg = new Registration(r.id(), eventId, r.partySize(), RegistrationStatus.WAITLISTED);
            waitlists.get(eventId).add(reg);
        } else {
            return SimAnswer.error(409, "EVENT_FULL", "Acara sudah penuh.", "The event is full.");
        }
        registrations.put(r.id(), reg);
        return new SimAnswer(201, result(reg));
    }

    synchronized SimAnswer cancel(String eventId, UUID registrationId) {
        Registration reg = registrations.get(registrationId);
        if (reg == null || !reg.eventId.equals(eventId)) {
            return SimAnswer.error(404, "REGISTRATION_UNKNOWN", "Pendaftaran tidak ditemukan.", "No such registration.");
        }
        if (reg.status == RegistrationStatus.CONFIRMED) {
            seatsLeft.merge(eventId, reg.partySize, Integer::sum);
            promote(eventId);
        }
        waitlists.get(eventId).remove(reg);
        reg.status = RegistrationStatus.CANCELLED;
        return SimAnswer.ok(result(reg));
    }

    synchronized RegistrationStatus status(UUID registrationId) {
        Registration reg = registrations.get(registrationId);
        return reg == null ? null : reg.status;
    }

    synchronized SlotList slots(LocalDate from, LocalDate to) {
        List<VisitSlot> out = new ArrayList<>();
        for (VisitSlot s : slots.values()) {
            LocalDate d = s.start().toLocalDate();
            if (!d.isBefore(from) && !d.isAfter(to)) {
                out.add(s);
            }
        }
        return new SlotList(out);
    }

    synchronized List<String> slotIds() {
        return List.copyOf(slots.keySet());
    }

    synchronized SimAnswer book(VisitBookingRequest r) {
        VisitSlot slot = slots.get(r.slotId());
        if (slot == null) {
            return SimAnswer.error(404, "SLOT_UNKNOWN", "Jadwal kunjungan tidak ditemukan.", "No such visit slot.");
        }
        if (r.npsn() == null || !r.npsn().matches("\\d{8}")) {
            return SimAnswer.error(422, "INVALID_NPSN", "NPSN harus 8 angka.", "The NPSN must be 8 digits.");
        }
        if (r.students() < 1 || r.students() > slot.capacity()) {
            return SimAnswer.error(422, "TOO_MANY_STUDENTS", "Jumlah siswa melebihi kapasitas.",
                    "More students than the slot holds.");
        }
        if (!slot.available()) {
            List<VisitSlot> next = slots.values().stream()
                    .filter(s -> s.available() && s.start().isAfter(slot.start())).limit(3).toList();
            return new SimAnswer(409, new ApiError("SLOT_TAKEN", new LocalizedText(
                    "Jadwal ini sudah dipesan sekolah lain.", "This slot was booked by another school."), next));
        }
        VisitSlot taken = new VisitSlot(slot.id(), slot.start(), slot.end(), slot.room(), slot.capacity(), false);
        slots.put(slot.id(), taken);
        String code = String.format("KS%05d", ++bookingSeq);
        VisitBooking b = new VisitBooking(r.id(), code, taken, r.schoolName(), r.npsn(), r.teacherName(), r.students(),
                r.grade(), "CONFIRMED");
        bookingsByCode.put(code, b);
        return new SimAnswer(201, b);
    }

    synchronized SimAnswer booking(String code) {
        VisitBooking b = bookingsByCode.get(code);
        return b == null ? SimAnswer.error(404, "BOOKING_UNKNOWN", "Kode pemesanan tidak dikenal.", "Unknown booking code.")
                : SimAnswer.ok(b);
    }

    synchronized int bookingCount() {
        return bookingsByCode.size();
    }

    private void promote(String eventId) {
        List<Registration> waiting = waitlists.get(eventId);
        for (Registration w : List.copyOf(waiting)) {
            int left = seatsLeft.get(eventId);
            if (w.partySize > left) {
                break;
            }
            seatsLeft.put(eventId, left - w.partySize);
            w.status = RegistrationStatus.CONFIRMED;
            waiting.remove(w);
        }
    }

    private RegistrationResult result(Registration reg) {
        int position = waitlists.get(reg.eventId).indexOf(reg) + 1;
        return new RegistrationResult(reg.id, reg.eventId, reg.status, position, seatsLeft.get(reg.eventId));
    }

    private CatalogEvent withSeats(CatalogEvent e) {
        return new CatalogEvent(e.id(), e.series(), e.title(), e.description(), e.category(), e.start(), e.end(),
                e.room(), e.audience(), e.ageMin(), e.ageMax(), e.capacity(), seatsLeft.get(e.id()), e.waitlist());
    }
}
