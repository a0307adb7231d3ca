package org.pustaka.central.events;

import java.time.Instant;

/**
 * When and where one session runs and how it takes sign-ups. {@code registrationOpens} and
 * {@code registrationCloses} may be null: open from when the session is listed, and never closed by time.
 */
public record SessionPlan(Instant start, Instant end, String room, int capacity, boolean waitlist,
                          Instant registrationOpens, Instant registrationCloses) {
}
