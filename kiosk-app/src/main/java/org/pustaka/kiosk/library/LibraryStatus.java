package org.pustaka.kiosk.library;

/**
 * The library system's reachability now: {@code online}, the round trip of the check in milliseconds
 * (-1 when it failed) and a sentence for the technician.
 */
public record LibraryStatus(boolean online, long roundTripMillis, String detail) {
    public LibraryStatus {
        detail = detail == null ? "" : detail;
    }
}
