package org.pustaka.kiosk.events;

import java.util.Objects;

/**
 * A visitor's sign-up as the screen collects it; {@link SignUpRules#check} validates it. {@code language}
 * ({@code id} or {@code en}) is the session's, so the library answers the visitor in it.
 */
public record SignUpRequest(String eventId, Registrant registrant, int partySize, String language) {

    public SignUpRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(registrant, "registrant");
        language = "en".equals(language) ? "en" : "id";
    }

    public SignUpRequest(String eventId, Registrant registrant, int partySize) {
        this(eventId, registrant, partySize, "id");
    }
}
