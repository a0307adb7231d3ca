package org.pustaka.kiosk.hub;

/**
 * What one round of the outbox sender did: records accepted, rejected for good, and left pending after a
 * passing failure; {@code lastError} is the round's failure sentence, empty when none.
 */
public record SendReport(int accepted, int rejected, int stillPending, String lastError) {
    public SendReport {
        lastError = lastError == null ? "" : lastError;
    }

    public boolean failed() {
        return !lastError.isEmpty();
    }
}
