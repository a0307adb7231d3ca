package org.pustaka.kiosk.events;

import java.util.Objects;

/** A visitor's sign-up as the screen collects it; {@link SignUpRules#check} validates it. */
public record SignUpRequest(String eventId, Registrant registrant, int partySize) {

    public SignUpRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(registrant, "registrant");
    }
}
