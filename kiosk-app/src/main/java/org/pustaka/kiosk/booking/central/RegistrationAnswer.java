package org.pustaka.kiosk.booking.central;

import java.util.Objects;
import org.pustaka.kiosk.events.RegistrationStatus;

/**
 * The central catalog's answer to a registration: CONFIRMED, WAITLISTED with a position (also its answer
 * when the event filled up while the sign-up waited offline), or REFUSED with its reason (409 conflict
 * such as full without a waitlist or the event cancelled, or another 4xx that retrying cannot fix).
 */
public record RegistrationAnswer(RegistrationStatus status, int waitlistPosition, String reason) {

    public RegistrationAnswer {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        if (status != RegistrationStatus.CONFIRMED && status != RegistrationStatus.WAITLISTED
                && status != RegistrationStatus.REFUSED) {
            throw new IllegalArgumentException("the central catalog answers confirmed, waitlisted or refused: " + status);
        }
    }

    public static RegistrationAnswer refused(String reason) {
        return new RegistrationAnswer(RegistrationStatus.REFUSED, 0, reason);
    }
}
