package org.pustaka.kiosk.events.central;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;

/** Shared JSON and clients for the central catalog tests. */
final class CatalogFixtures {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(3);
    static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    static final String EVENTS = """
            {"events": [
              {"id": "LD-ANAK-2026-12-05", "title": {"id": "Literasi Digital untuk Anak", "en": "Digital Literacy for Children"},
               "description": {"id": "Belajar aman di internet", "en": "Learn to be safe online"},
               "category": "LITERASI_DIGITAL", "start": "2026-12-05T09:00:00+07:00", "end": "2026-12-05T11:00:00+07:00",
               "room": "Laboratorium Komputer", "audience": "CHILDREN", "minAge": 7, "maxAge": 12,
               "capacity": 20, "seatsLeft": 1, "organiser": "ignored"},
              {"id": "DBB-2026-12-25", "title": {"id": "Diskusi Buku Bulanan", "en": "Monthly Book Discussion"},
               "description": "Satu bahasa saja", "category": "BOOK_CLUB_NEW", "start": "2026-12-25T16:00:00+07:00",
               "end": "2026-12-25T18:00:00+07:00", "room": "Aula", "audience": "ADULTS", "capacity": 30, "seatsLeft": 30}
            ]}""";

    static final String SLOTS = """
            {"slots": [
              {"id": "S-2026-12-01-0900", "start": "2026-12-01T09:00:00+07:00", "end": "2026-12-01T10:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 40, "free": true},
              {"id": "S-2026-12-01-1300", "start": "2026-12-01T13:00:00+07:00", "end": "2026-12-01T14:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 40, "free": false}
            ]}""";

    static final String SLOT_TAKEN = """
            {"error": "slot_taken", "message": "the slot was booked by another school",
             "nextFreeSlots": [
              {"id": "S-2026-12-02-0900", "start": "2026-12-02T09:00:00+07:00", "end": "2026-12-02T10:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 40, "free": true},
              {"id": "S-2026-12-03-1300", "start": "2026-12-03T13:00:00+07:00", "end": "2026-12-03T14:30:00+07:00",
               "room": "Ruang Baca Anak", "capacity": 35, "free": true}
             ]}""";

    private CatalogFixtures() {
    }

    static JdkHttpBookingCatalog catalog(String baseUrl) {
        return catalog(baseUrl, RESPONSE_TIMEOUT);
    }

    static JdkHttpBookingCatalog catalog(String baseUrl, Duration responseTimeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        return new JdkHttpBookingCatalog(http, URI.create(baseUrl + "/api/v1/"), "kiosk-token-123",
                responseTimeout, json());
    }

    static CatalogJson json() {
        return new CatalogJson(WIB, "MLG-01");
    }
}
