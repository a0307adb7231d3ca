package org.pustaka.kiosk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.circulation.IdentifyResult;
import org.pustaka.kiosk.library.PatronCredentials;

/**
 * What the touchscreen holds of the current visitor: the card and PIN for the calls that need them,
 * who the library says they are, and what was done, for the receipt. Confined to the event thread and
 * dropped whole when the visit ends, so nothing of a visitor survives into the next visit.
 */
final class Visit {
    private PatronCredentials credentials;
    private IdentifyResult identity;
    private final List<VisitLine> lines = new ArrayList<>();

    void identified(PatronCredentials credentials, IdentifyResult identity) {
        this.credentials = credentials;
        this.identity = identity;
    }

    PatronCredentials credentials() {
        return credentials;
    }

    /** The visitor's name as the library gives it, or empty. */
    String name() {
        return identity == null || identity.patron() == null ? "" : identity.patron().name();
    }

    boolean offline() {
        return identity != null && identity.offline();
    }

    void add(VisitLine line) {
        lines.add(line);
    }

    /** The last thing done with {@code itemId} in this visit, if anything. */
    java.util.Optional<VisitLine> last(String itemId) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).outcome().itemId().equals(itemId)) {
                return java.util.Optional.of(lines.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    List<VisitLine> lines() {
        return List.copyOf(lines);
    }

    VisitRecord record(LocalDate today) {
        return new VisitRecord(credentials == null ? null : credentials.patronId(), lines, today);
    }
}
