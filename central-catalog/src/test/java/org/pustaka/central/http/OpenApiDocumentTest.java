package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The test validator finds what it is there to find. */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findsAnUnlistedStatusAMissingFieldAWrongTypeAndAMinutePrecisionTime() throws Exception {
        OpenApiDocument doc = Api.DOCUMENT;
        assertThat(doc.violations("GET", "/status", 418, JSON.readTree("{}"))).isNotEmpty();
        assertThat(doc.violations("GET", "/status", 200, JSON.readTree("{}"))).anyMatch(v -> v.contains("serverTime"));
        assertThat(doc.violations("GET", "/status", 200, JSON.readTree("{\"serverTime\":\"2026-12-07T01:00Z\"}")))
                .anyMatch(v -> v.contains("seconds"));
        assertThat(doc.violations("GET", "/status", 200, JSON.readTree("{\"serverTime\":\"2026-12-07T01:00:00Z\"}"))).isEmpty();
        assertThat(doc.violations("POST", "/events/{eventId}/registrations", 201,
                JSON.readTree("{\"registrationId\":\"a\",\"status\":\"MAYBE\",\"seatsLeft\":-1}")))
                .hasSize(3);
        assertThat(doc.violations("POST", "/kiosks/{kioskId}/transactions", 400,
                JSON.readTree("{\"code\":\"INVALID_REQUEST\",\"message\":{\"id\":\"a\"}}"))).anyMatch(v -> v.contains("en"));
    }
}
