package org.pustaka.kiosk.booking.central;

import java.time.ZoneId;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.library.http.TestSettings;

/** Shared JSON (as docs/central-catalog-api.yaml writes it) and clients for the central catalog tests. */
final class CatalogFixtures {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String KIOSK = "MLG-01";

    static final String EVENTS = """
            {"events": [
              {"id": "ld-2026-12-05", "series": "literasi-digital",
               "title": {"id": "Literasi Digital untuk Anak", "en": "Digital Literacy for Children"},
               "description": {"id": "Belajar aman di internet", "en": "Learn to be safe online"},
               "category": "CLASS", "start": "2026-12-05T09:00:00+07:00", "end": "2026-12-05T10:30:00+07:00",
               "room": "Ruang Multimedia", "audience": "Anak dan remaja / Children and teens", "ageMin": 9, "ageMax": 15,
               "capacity": 20, "seatsLeft": 1, "waitlist": true, "organiser": "ignored"},
              {"id": "dbb-2026-12-25", "series": "diskusi-buku-bulanan",
               "title": {"id": "Diskusi Buku Bulanan", "en": ""},
               "category": "DISCUSSION", "start": "2026-12-25T15:30:00+07:00", "end": "2026-12-25T17:00:00+07:00",
               "room": "Ruang Baca Umum", "ageMin": 17, "capacity": 25, "seatsLeft": 25, "waitlist": false}
            ]}""";

    static final String SLOTS = """
            {"slots": [
              {"id": "ks-2026-12-01-0900", "start": "2026-12-01T09:00:00+07:00", "end": "2026-12-01T10:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 40, "available": true},
              {"id": "ks-2026-12-01-1300", "start": "2026-12-01T13:00:00+07:00", "end": "2026-12-01T14:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 40, "available": false}
            ]}""";

    static final String SLOT_TAKEN = """
            {"code": "SLOT_TAKEN", "message": {"id": "Jadwal sudah dipesan.", "en": "The slot is taken."},
             "nextFreeSlots": [
              {"id": "ks-2026-12-02-0900", "start": "2026-12-02T09:00:00+07:00", "end": "2026-12-02T10:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 40, "available": true},
              {"id": "ks-2026-12-03-1300", "start": "2026-12-03T13:00:00+07:00", "end": "2026-12-03T14:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 35, "available": true}
             ]}""";

    private CatalogFixtures() {
    }

    static String error(String code, String en) {
        return "{\"code\":\"" + code + "\",\"message\":{\"id\":\"" + en + "\",\"en\":\"" + en + "\"}}";
    }

    static String registrationAnswer(String id, String status, int position) {
        return "{\"registrationId\":\"" + id + "\",\"eventId\":\"ld-2026-12-05\",\"status\":\"" + status
                + "\",\"waitlistPosition\":" + position + ",\"seatsLeft\":0}";
    }

    static String bookingAnswer(String id, String code) {
        return "{\"id\":\"" + id + "\",\"confirmationCode\":\"" + code + "\",\"slot\":{\"id\":\"ks-2026-12-01-0900\","
                + "\"start\":\"2026-12-01T09:00:00+07:00\",\"end\":\"2026-12-01T10:30:00+07:00\",\"room\":\"Ruang Baca Anak\","
                + "\"capacity\":40,\"available\":false},\"schoolName\":\"SD Negeri Kauman 1 Malang\",\"npsn\":\"20533844\","
                + "\"teacherName\":\"Rina Kartika\",\"students\":28,\"grade\":\"SD_HIGH\",\"status\":\"CONFIRMED\"}";
    }

    /** Settings with short timeouts and retries a few milliseconds apart. */
    static CatalogSettings settings(String baseUrl, int attempts) {
        return TestSettings.forBase(baseUrl, attempts);
    }

    static CentralCatalogClient client(CatalogSettings settings) {
        try {
            return new CentralCatalogClient(settings, KIOSK);
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }
}
