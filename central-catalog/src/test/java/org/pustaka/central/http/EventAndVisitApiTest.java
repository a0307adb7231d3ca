package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.events.LibraryEvent;
import org.pustaka.central.visits.Slot;

/** Events with capacity and a waiting list that promotes, school-visit bookings, and exactly-once sign-ups. */
class EventAndVisitApiTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 12);
    private static TestService svc;
    private static Api api;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        svc = TestService.start(new MemoryDesk());
        api = new Api(svc.base);
        token = svc.enroll(api, "MLG-01");
        event("literasi", 3, true);
        event("diskusi", 2, false);
        for (int i = 1; i <= 5; i++) {
            svc.service.visits().addSlot(new Slot("slot-" + i, DAY.plusDays(i).atTime(9, 0).atZone(JAKARTA).toInstant(),
                    DAY.plusDays(i).atTime(11, 0).atZone(JAKARTA).toInstant(), "Aula", 30, true));
        }
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    private static void event(String id, int capacity, boolean waitlist) throws Exception {
        svc.service.events().add(new LibraryEvent(id, "series", "Judul " + id, "Title " + id, "", "", "CLASS",
                DAY.atTime(9, 0).atZone(JAKARTA).toInstant(), DAY.atTime(11, 0).atZone(JAKARTA).toInstant(), "Ruang 1",
                "Anak", 7, 12, capacity, waitlist));
    }

    private static Api.Reply register(String event, String id, int party) throws Exception {
        return api.call("POST", "/events/{eventId}/registrations", token, "{\"id\":\"" + id + "\",\"memberId\":\"M1\","
                + "\"partySize\":" + party + ",\"language\":\"id\"}", Map.of("Idempotency-Key", id), event);
    }

    @Test
    void eventsAreListedWithSeatsLeftAndTheLibrarysOffset() throws Exception {
        Api.Reply r = api.call("GET", "/events?from=2026-12-12&to=2026-12-12", token, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("events").get(0).get("start").asText()).isEqualTo("2026-12-12T09:00:00+07:00");
        assertThat(api.call("GET", "/events?from=2026-12-13&to=2026-12-31", token, null).body().get("events")).isEmpty();
    }

    @Test
    void aFullEventWaitlistsAndACancellationPromotesInOrder() throws Exception {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String d = UUID.randomUUID().toString();
        assertThat(register("literasi", a, 2).body().get("status").asText()).isEqualTo("CONFIRMED");
        Api.Reply second = register("literasi", b, 2);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(second.body().get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(second.body().get("seatsLeft").asInt()).isEqualTo(1);
        assertThat(register("literasi", c, 1).body().get("status").asText()).as("a party that fits now").isEqualTo("CONFIRMED");
        assertThat(register("literasi", d, 1).body().get("waitlistPosition").asInt()).isEqualTo(2);

        Api.Reply cancelled = api.call("DELETE", "/events/{eventId}/registrations/{registrationId}", token, null, "literasi", a);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(status(b)).isEqualTo("CONFIRMED");
        assertThat(status(d)).as("b and c fill the event again").isEqualTo("WAITLISTED");
        assertThat(cancelled.body().get("seatsLeft").asInt()).isZero();
        api.call("DELETE", "/events/{eventId}/registrations/{registrationId}", token, null, "literasi", c);
        assertThat(status(d)).as("the seat c left goes to d, next in line").isEqualTo("CONFIRMED");
        assertThat(api.call("DELETE", "/events/{eventId}/registrations/{registrationId}", token, null, "literasi", a)
                .body().get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aRepeatedSignUpGetsTheFirstAnswerAndChangesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        Api.Reply first = register("diskusi", id, 1);
        Api.Reply again = register("diskusi", id, 1);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(svc.count("SELECT COUNT(*) FROM event_registration WHERE registration_id = '" + id + "'")).isEqualTo(1);
        Api.Reply other = register("diskusi", id, 2);
        assertThat(other.status()).as("same id, another request").isEqualTo(400);
    }

    @Test
    void aFullEventWithoutWaitingListIs409AndARepeatStaysSo() throws Exception {
        event("kecil", 1, false);
        register("kecil", UUID.randomUUID().toString(), 1);
        String id = UUID.randomUUID().toString();
        Api.Reply full = register("kecil", id, 1);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.code()).isEqualTo("EVENT_FULL");
        assertThat(register("kecil", id, 1).code()).isEqualTo("EVENT_FULL");
        assertThat(svc.count("SELECT COUNT(*) FROM event_registration WHERE registration_id = '" + id + "'")).isZero();
    }

    @Test
    void unknownEventsAndRegistrationsAre404() throws Exception {
        assertThat(register("tidak-ada", UUID.randomUUID().toString(), 1).code()).isEqualTo("EVENT_UNKNOWN");
        Api.Reply r = api.call("DELETE", "/events/{eventId}/registrations/{registrationId}", token, null, "literasi",
                UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("REGISTRATION_UNKNOWN");
    }

    private static String status(String id) throws Exception {
        try (var c = svc.service.dataSource().getConnection();
             var ps = c.prepareStatement("SELECT status FROM event_registration WHERE registration_id = ?")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String booking(String id, String slot, int students, String npsn) {
        return "{\"id\":\"" + id + "\",\"slotId\":\"" + slot + "\",\"schoolName\":\"SDN Kauman 1\",\"npsn\":\"" + npsn
                + "\",\"teacherName\":\"Bu Rina\",\"phone\":\"081234567890\",\"email\":\"\",\"students\":" + students
                + ",\"grade\":\"4\",\"notes\":\"\"}";
    }

    @Test
    void aSlotIsBookedOnceAndTheNextFreeSlotsAreOffered() throws Exception {
        String id = UUID.randomUUID().toString();
        Api.Reply booked = api.call("POST", "/school-visits", token, booking(id, "slot-1", 25, "20533761"));
        assertThat(booked.status()).isEqualTo(201);
        String code = booked.body().get("confirmationCode").asText();
        assertThat(code).matches("KS[A-Z2-9]{6}");
        assertThat(api.call("POST", "/school-visits", token, booking(id, "slot-1", 25, "20533761")).status()).isEqualTo(200);

        Api.Reply taken = api.call("POST", "/school-visits", token, booking(UUID.randomUUID().toString(), "slot-1", 20, "20533762"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("SLOT_TAKEN");
        assertThat(taken.body().get("nextFreeSlots")).hasSize(3);
        assertThat(taken.body().get("nextFreeSlots").get(0).get("id").asText()).isEqualTo("slot-2");

        Api.Reply found = api.call("GET", "/school-visits/{confirmationCode}", token, null, code);
        assertThat(found.body().get("schoolName").asText()).isEqualTo("SDN Kauman 1");
        assertThat(found.body().has("phone")).isFalse();
        assertThat(api.call("GET", "/school-visits/{confirmationCode}", token, null, "KS000000").code()).isEqualTo("BOOKING_UNKNOWN");
        Api.Reply slots = api.call("GET", "/school-visits/slots?from=2026-12-13&to=2026-12-31", token, null);
        assertThat(slots.body().get("slots").get(0).get("available").asBoolean()).isFalse();
        assertThat(slots.body().get("slots").get(1).get("available").asBoolean()).isTrue();
    }

    @Test
    void tooManyStudentsAndABadNpsnAre422AndWriteNothing() throws Exception {
        var before = svc.rowCounts();
        Api.Reply many = api.call("POST", "/school-visits", token, booking(UUID.randomUUID().toString(), "slot-4", 31, "20533761"));
        Api.Reply npsn = api.call("POST", "/school-visits", token, booking(UUID.randomUUID().toString(), "slot-4", 20, "2053376"));
        Api.Reply slot = api.call("POST", "/school-visits", token, booking(UUID.randomUUID().toString(), "slot-x", 20, "20533761"));
        assertThat(many.code()).isEqualTo("TOO_MANY_STUDENTS");
        assertThat(npsn.status()).isEqualTo(422);
        assertThat(npsn.code()).isEqualTo("INVALID_NPSN");
        assertThat(slot.status()).isEqualTo(404);
        assertThat(slot.code()).isEqualTo("SLOT_UNKNOWN");
        var after = svc.rowCounts();
        assertThat(after.get("visit_booking")).isEqualTo(before.get("visit_booking"));
    }
}
