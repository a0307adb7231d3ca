package org.pustaka.kiosk.library;

import java.util.Objects;
import java.util.Optional;
import org.pustaka.privacy.PatronMask;

/**
 * A card number and, where the library asks for one, the PIN typed by the visitor. {@link #toString()}
 * never shows the PIN and masks the card number, so a record that reaches a log leaks nothing.
 */
public record PatronCredentials(String patronId, String pin) {

    public PatronCredentials {
        Objects.requireNonNull(patronId, "patronId");
        if (patronId.isBlank()) {
            throw new IllegalArgumentException("patronId is blank");
        }
    }

    public static PatronCredentials withoutPin(String patronId) {
        return new PatronCredentials(patronId, null);
    }

    public Optional<String> pinIfGiven() {
        return pin == null || pin.isEmpty() ? Optional.empty() : Optional.of(pin);
    }

    @Override
    public String toString() {
        return "PatronCredentials[" + PatronMask.mask(patronId) + (pin == null ? "" : ", pin=****") + "]";
    }
}
