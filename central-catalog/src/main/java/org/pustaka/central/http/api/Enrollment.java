package org.pustaka.central.http.api;

/** The answer to {@code POST kiosks/enroll}. {@link #toString()} hides the token. */
public record Enrollment(String kioskId, String token) {
    @Override
    public String toString() {
        return "Enrollment[" + kioskId + ", token=****]";
    }
}
